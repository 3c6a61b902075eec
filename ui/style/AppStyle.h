// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace huanjiao {

// The desktop's style with our own icons for the few stock ones Qt's widgets
// ask for as they are made or first painted (the toolbar and menu bar
// overflow arrows, the line edit's clear button, tab and dock buttons). The stock ones are PNG files whose loading pulls
// in every image-format plugin before the first window can appear, and they
// are neither sharp at a pixel ratio of 2 nor coloured for the dark themes.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // `key` names the style underneath, as QStyleFactory knows it.
    explicit AppStyle(const QString &key);

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};

} // namespace huanjiao
