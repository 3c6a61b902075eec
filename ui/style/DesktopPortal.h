// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// The XDG desktop portal's setting for the desktop's light or dark
// preference (org.freedesktop.portal.Settings), as SystemColorScheme reads it.
namespace huanjiao::DesktopPortal {

inline const QString kService = QStringLiteral("org.freedesktop.portal.Desktop");
inline const QString kPath = QStringLiteral("/org/freedesktop/portal/desktop");
inline const QString kInterface = QStringLiteral("org.freedesktop.portal.Settings");
inline const QString kNamespace = QStringLiteral("org.freedesktop.appearance");
inline const QString kKey = QStringLiteral("color-scheme");

} // namespace huanjiao::DesktopPortal
