// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace huanjiao {

// What both programs, huanjiao and huanjiao-gui, set up before anything else.
namespace ApplicationSetup {
// Organisation and application names (QSettings, QStandardPaths) and the version.
void setIdentity();
// The interface language: the setting wins; without one the system locale decides.
void installTranslations(QCoreApplication *app);
} // namespace ApplicationSetup

} // namespace huanjiao
