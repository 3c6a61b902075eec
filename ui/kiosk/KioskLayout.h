// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QSize>

namespace huanjiao {

class BrowserWindow;
class KindChooser;
class OnScreenKeyboard;

// How the kiosk window is arranged for the screen it fills, so that at
// 1024x768 as at 1920x1080 or a portrait 1080x1920 nothing is cut, nothing
// scrolls sideways and the lists show at least five rows:
// - Column (landscape, the column tall enough for the keyboard and five rows
//   of the list): the keyboard under the search field, the page to the right.
// - Strip (landscape, shorter): the keyboard in wide rows under the page, so
//   the left column keeps its whole height for the list.
// - Portrait: the page on top; under it the search field, the keyboard in
//   long rows and the list, where a hand reaches.
// The kind tabs become a grid of buttons (KindChooser) in every arrangement,
// and the left column's width follows the screen.
class KioskLayout : public QObject
{
    Q_OBJECT

public:
    enum class Arrangement { Column, Strip, Portrait };
    Q_ENUM(Arrangement)

    KioskLayout(BrowserWindow *window, OnScreenKeyboard *keyboard, QObject *parent = nullptr);

    // For a window of this size whose left column (under the toolbars) is columnHeight tall.
    static Arrangement arrangementFor(QSize window, int columnHeight);
    Arrangement arrangement() const { return m_arrangement; }
    KindChooser *kindChooser() const { return m_chooser; }
    // Arranges the window for its present size (done on every resize).
    void apply();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void placeKeyboard(QWidget *host, int columns);

    BrowserWindow *m_window;
    OnScreenKeyboard *m_keyboard;
    KindChooser *m_chooser;
    // The page, with the keyboard under it in the Strip arrangement.
    QWidget *m_pageColumn;
    Arrangement m_arrangement = Arrangement::Column;
    bool m_applied = false;
    QSize m_appliedSize;
    int m_appliedRoom = 0;
};

} // namespace huanjiao
