// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace huanjiao {

// The content database's full-text indexes checked once the window is on
// screen (gui_main), on a thread of their own (the check reads the whole
// index, so it grows with the content); when they are damaged, a message over `window` says so: search
// would otherwise give wrong results without a word. With no window (the
// kiosk, whose visitors cannot mend it) the message goes to the log.
class FullTextCheck
{
    Q_DECLARE_TR_FUNCTIONS(FullTextCheck)

public:
    static void start(const QString &path, QWidget *window);
};

} // namespace huanjiao
