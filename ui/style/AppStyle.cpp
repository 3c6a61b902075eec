// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppStyle.h"

#include "Icons.h"

namespace huanjiao {

AppStyle::AppStyle(const QString &key)
    : QProxyStyle(key)
{
}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return Icons::moreRight();
    case SP_ToolBarVerticalExtensionButton:
        return Icons::moreDown();
    case SP_LineEditClearButton:
        return Icons::clear();
    case SP_TitleBarCloseButton:
    case SP_DockWidgetCloseButton:
        return Icons::close();
    case SP_TitleBarNormalButton:
        return Icons::undock();
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}

} // namespace huanjiao
