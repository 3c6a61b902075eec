// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace huanjiao {

// The desktop's light/dark preference. Unknown: nobody has said (no portal,
// no session bus, or not asked yet); NoPreference: the desktop says it has none.
enum class ColorScheme { Unknown, NoPreference, Dark, Light };

} // namespace huanjiao
