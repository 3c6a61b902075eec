// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace huanjiao {

// File > Content Manager… on the desktop: starts huanjiao-manager, the clinic
// staff's content manager, as a program of its own (the browser never writes
// content). Not in kiosk mode: a visitor must not reach it.
class ContentManagerLauncher : public QObject
{
    Q_OBJECT

public:
    // Adds the action to `menu`; messages are shown over `window`.
    ContentManagerLauncher(QMenu *menu, QWidget *window);

    QAction *action() const { return m_action; }
    // The manager beside the running program (the build tree), else in PATH
    // (installed, /usr/bin); empty if neither has it.
    static QString locate();
    // Starts the manager detached; tells the user if it could not be started.
    void launch();

private:
    QWidget *m_window;
    QAction *m_action;
};

} // namespace huanjiao
