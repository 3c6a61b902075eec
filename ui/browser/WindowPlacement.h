// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QMainWindow;
class QSettings;
class QSplitter;

namespace huanjiao {

// Where the desktop window was and how its docks, toolbars and sidebar were
// arranged, kept in the settings from one run to the next. Without a saved
// placement the window is sized to fit the screen's available area, frame
// included. A kiosk (always full screen) does not use it.
class WindowPlacement : public QObject
{
    Q_OBJECT

public:
    // Restores `window` (and `splitter`, which may be null) now and saves it
    // when the window closes.
    WindowPlacement(QMainWindow *window, QSplitter *splitter);

    void save() const;
    // Puts the window back as saved; false (and a size that fits the screen)
    // when nothing usable was saved.
    bool restore();

    // The size a new window gets inside `available`, leaving room for a frame.
    static QSize fittingSize(const QSize &wanted, const QSize &available);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitToScreen();

    QMainWindow *m_window;
    QSplitter *m_splitter;
};

} // namespace huanjiao
