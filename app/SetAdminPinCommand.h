// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace huanjiao {

// `huanjiao --set-admin-pin`: reads the kiosk's admin PIN from standard
// input (one line), or asks for it twice on the terminal without echo, and
// stores its hash in the settings. Needs no display. Returns the exit code.
namespace SetAdminPinCommand {
int run();
}

} // namespace huanjiao
