// SPDX-License-Identifier: GPL-3.0-or-later
#include "KioskLayout.h"

#include "BrowserWindow.h"
#include "DocumentTabs.h"
#include "KindChooser.h"
#include "OnScreenKeyboard.h"
#include "SearchBox.h"
#include "Sidebar.h"

#include <QEvent>
#include <QLayout>
#include <QSplitter>
#include <QVBoxLayout>

namespace huanjiao {

namespace {
// The column's height (under the toolbars) that holds the search field, the
// keyboard's six rows, the kind buttons, the list's filter and five two-line
// rows of the list; below it the keyboard goes under the page instead
// (1024x768, 1280x1024, 1366x768, or any screen once read aloud adds a row
// of controls).
constexpr int kColumnMinimumHeight = 980; // px
} // namespace

KioskLayout::KioskLayout(BrowserWindow *window, OnScreenKeyboard *keyboard, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_keyboard(keyboard)
    , m_chooser(new KindChooser(window->kinds(), window->sidebar()))
    , m_pageColumn(new QWidget)
{
    window->sidebar()->insertAboveKinds(m_chooser);
    // The desktop's hint names what can be searched at length; a column at a
    // kiosk's type size has room for a shorter one.
    window->sidebar()->searchBox()->setPlaceholderText(tr("Pinyin initials or Chinese"));
    // The page gets a column of its own, to have the keyboard under it.
    m_pageColumn->setObjectName(QStringLiteral("kioskPageColumn"));
    QSplitter *splitter = window->splitter();
    QWidget *pages = window->documents();
    splitter->replaceWidget(splitter->indexOf(pages), m_pageColumn);
    auto *column = new QVBoxLayout(m_pageColumn);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(pages, 1);
    pages->show();
    // The window is as large as its screen, whatever the arrangement asked of
    // it before: a window laid out for a large screen (its keyboard beside
    // the list) would otherwise refuse a smaller one, taller than the screen.
    window->layout()->setSizeConstraint(QLayout::SetNoConstraint);
    // The window's size, and the splitter's height when a toolbar row comes or goes.
    window->installEventFilter(this);
    splitter->installEventFilter(this);
    apply();
}

KioskLayout::Arrangement KioskLayout::arrangementFor(QSize window, int columnHeight)
{
    if (window.height() > window.width())
        return Arrangement::Portrait;
    return columnHeight < kColumnMinimumHeight ? Arrangement::Strip : Arrangement::Column;
}

void KioskLayout::placeKeyboard(QWidget *host, int columns)
{
    if (m_keyboard->parentWidget() != host || !m_applied) {
        if (QWidget *from = m_keyboard->parentWidget(); from && from->layout())
            from->layout()->removeWidget(m_keyboard);
        if (host == m_pageColumn) {
            m_pageColumn->layout()->addWidget(m_keyboard);
            m_keyboard->setContentsMargins(6, 0, 6, 0);
        } else {
            m_window->sidebar()->insertUnderSearchBox(m_keyboard);
            m_keyboard->setContentsMargins(0, 0, 6, 0);
        }
        m_keyboard->show();
    }
    m_keyboard->setColumns(columns);
}

void KioskLayout::apply()
{
    const QSize size = m_window->size();
    QSplitter *splitter = m_window->splitter();
    // The splitter's height is what the column has: the window's less its toolbars.
    const int room = splitter->height();
    if (m_applied && size == m_appliedSize && room == m_appliedRoom)
        return;
    m_arrangement = arrangementFor(size, room);
    QWidget *sidebar = m_window->sidebar();
    if (m_arrangement == Arrangement::Portrait) {
        placeKeyboard(sidebar, 14);
        splitter->setOrientation(Qt::Vertical);
        splitter->insertWidget(0, m_pageColumn);
        const int height = size.height();
        const int list = qBound(600, height * 9 / 20, 1000);
        splitter->setSizes({height - list, list});
    } else {
        splitter->setOrientation(Qt::Horizontal);
        splitter->insertWidget(0, sidebar);
        const int width = size.width();
        if (m_arrangement == Arrangement::Column) {
            // Wide enough for the keyboard's seven keys and the kind buttons in
            // two rows (English names are long), never more than 45%.
            const int side = qMin(qMax(qBound(440, width * 3 / 10, 640), m_chooser->widthFor(4) + 6), width * 9 / 20);
            placeKeyboard(sidebar, 7);
            splitter->setSizes({side, width - side});
        } else {
            // Two fifths for the lists (a doctor's title, hospital and
            // department take a line), the rest for the page and the keyboard
            // under it: fourteen keys to a row where they fit whole, else ten.
            int side = qBound(380, width * 2 / 5, 560);
            placeKeyboard(m_pageColumn, 14);
            if (m_keyboard->sizeHint().width() > width - side - 12)
                m_keyboard->setColumns(10);
            side = qMax(380, qMin(side, width - 12 - m_keyboard->sizeHint().width()));
            splitter->setSizes({side, width - side});
        }
    }
    splitter->setStretchFactor(splitter->indexOf(sidebar), 0);
    splitter->setStretchFactor(splitter->indexOf(m_pageColumn), 1);
    m_applied = true;
    m_appliedSize = size;
    m_appliedRoom = room;
}

bool KioskLayout::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_window || watched == m_window->splitter()) && event->type() == QEvent::Resize)
        apply();
    return QObject::eventFilter(watched, event);
}

} // namespace huanjiao
