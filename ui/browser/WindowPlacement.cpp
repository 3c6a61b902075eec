// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowPlacement.h"

#include <QEvent>
#include <QGuiApplication>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

namespace huanjiao {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/splitter");
// Bumped when the window's docks or toolbars change so much that an old state
// would misplace them; restoreState then refuses the old one.
constexpr int kStateVersion = 1;
// Room for the title bar and borders the window manager adds around the window.
constexpr int kFrameWidth = 16;
constexpr int kFrameHeight = 48;
const QSize kPreferred(1200, 800);
} // namespace

WindowPlacement::WindowPlacement(QMainWindow *window, QSplitter *splitter)
    : QObject(window)
    , m_window(window)
    , m_splitter(splitter)
{
    restore();
    m_window->installEventFilter(this);
}

QSize WindowPlacement::fittingSize(const QSize &wanted, const QSize &available)
{
    return wanted.boundedTo(QSize(available.width() - kFrameWidth, available.height() - kFrameHeight))
        .expandedTo(QSize(320, 240));
}

void WindowPlacement::fitToScreen()
{
    QScreen *screen = m_window->screen() ? m_window->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        m_window->resize(kPreferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize size = fittingSize(kPreferred, available.size());
    m_window->resize(size);
    // Centred, the frame's top edge inside the available area.
    m_window->move(available.x() + (available.width() - size.width()) / 2,
                   available.y() + qMax(0, (available.height() - size.height() - kFrameHeight) / 2));
}

bool WindowPlacement::restore()
{
    QSettings settings;
    const QByteArray geometry = settings.value(kGeometry).toByteArray();
    // restoreGeometry moves a window saved on a screen that is gone onto one that is there.
    const bool placed = !geometry.isEmpty() && m_window->restoreGeometry(geometry);
    if (!placed)
        fitToScreen();
    const QByteArray state = settings.value(kState).toByteArray();
    if (!state.isEmpty())
        m_window->restoreState(state, kStateVersion);
    if (m_splitter) {
        const QByteArray sizes = settings.value(kSplitter).toByteArray();
        if (!sizes.isEmpty())
            m_splitter->restoreState(sizes);
    }
    return placed;
}

void WindowPlacement::save() const
{
    QSettings settings;
    settings.setValue(kGeometry, m_window->saveGeometry());
    settings.setValue(kState, m_window->saveState(kStateVersion));
    if (m_splitter)
        settings.setValue(kSplitter, m_splitter->saveState());
}

bool WindowPlacement::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        save();
    return false;
}

} // namespace huanjiao
