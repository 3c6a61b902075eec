// SPDX-License-Identifier: GPL-3.0-or-later
#include "BrowserWindow.h"

#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "EntityListModel.h"
#include "EntityListView.h"
#include "HandoutActions.h"
#include "Icons.h"
#include "KindBrowser.h"
#include "KindListPage.h"
#include "PageSource.h"
#include "PersonalActions.h"
#include "SearchBox.h"
#include "SearchResultsModel.h"
#include "Sidebar.h"
#include "ViewActions.h"

#include <QAction>
#include <QTabBar>
#include <QListView>
#include <QMenu>
#include <QToolButton>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

namespace huanjiao {

BrowserWindow::BrowserWindow(const Repository &repository, const PageSource &pages, SearchService &search,
                             QWidget *parent)
    : QMainWindow(parent)
    , m_documents(new DocumentTabs(pages, this))
    , m_sidebar(new Sidebar(repository, search, this))
{
    setWindowTitle(tr("Huanjiao Patient Education"));
    auto *splitter = new QSplitter(this);
    m_splitter = splitter;
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_documents);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // Wide enough for every kind's tab side by side, in the longer language too:
    // tabs behind scroll arrows are tabs a first-time reader never finds.
    const int sidebarWidth = qMax(360, kinds()->tabBar()->sizeHint().width() + 8);
    splitter->setSizes({sidebarWidth, 1200 - sidebarWidth});
    setCentralWidget(splitter);

    connect(m_sidebar, &Sidebar::openRequested, this, &BrowserWindow::openUrl);
    connect(m_documents, &DocumentTabs::currentDocumentChanged, this, &BrowserWindow::updateActions);
    createActions();
    m_handouts = new HandoutActions(repository, pages.contentInfo(), this);
    connect(m_handouts, &HandoutActions::openRequested, this, &BrowserWindow::openUrl);
    m_handouts->offerBasketOn(m_sidebar->resultsView(), SearchResultsModel::UriRole);
    m_viewActions = new ViewActions(m_documents, pages.contentInfo(), this);
    connect(m_viewActions, &ViewActions::handoutSettingsRequested, m_handouts, &HandoutActions::editSettings);
    const auto offer = [this](KindListPage *page) { m_handouts->offerBasketOn(page->view(), EntityListModel::UriRole,
                                 HandoutActions::ContextMenu::ViewBuildsItsOwn);
    };
    for (KindListPage *page : kinds()->builtPages())
        offer(page);
    connect(kinds(), &KindBrowser::pageCreated, this, offer);
    m_documents->openInNewTab(PageSource::homeUrl());
    // Most visits start with a search: the field has the keyboard from the start.
    m_sidebar->searchBox()->setFocus();
    resize(1200, 800);
}

KindBrowser *BrowserWindow::kinds() const
{
    return m_sidebar->kinds();
}

void BrowserWindow::openUrl(const QUrl &url, bool newTab)
{
    m_documents->openUrl(url, newTab);
}

void BrowserWindow::setUserStore(UserStore *store)
{
    if (m_personal || !store)
        return;
    m_personal = new PersonalActions(store, this, viewMenu(), m_navigation);
    m_handouts->setUserStore(store);
    connect(m_personal, &PersonalActions::openRequested, this, &BrowserWindow::openUrl);
    connect(m_documents, &DocumentTabs::pageShown, m_personal, &PersonalActions::pageViewed);
    if (const DocumentTab *tab = m_documents->currentDocument())
        m_personal->setCurrentPage(tab->url(), tab->title());
}

QMenu *BrowserWindow::viewMenu() const
{
    return m_viewActions->viewMenu();
}

QList<QToolBar *> BrowserWindow::toolBars() const
{
    return {m_navigation, m_handouts->toolBar()};
}

QList<VisitorState *> BrowserWindow::visitorStates() const
{
    return {const_cast<BrowserWindow *>(this), m_documents, m_sidebar, kinds(), m_handouts, m_viewActions};
}

void BrowserWindow::resetForNextVisitor()
{
    statusBar()->clearMessage();
}

QAction *BrowserWindow::addQuitAction()
{
    QMenu *file = m_handouts->fileMenu();
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quit"));
    // Spelled out: QKeySequence::Quit is empty on some platforms.
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setShortcutContext(Qt::ApplicationShortcut);
    quit->setMenuRole(QAction::QuitRole);
    return quit;
}

void BrowserWindow::createActions()
{
    QToolBar *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigation"));
    m_navigation = toolbar;
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_back = toolbar->addAction(Icons::back(), tr("Back"), this, [this] {
        if (auto *tab = m_documents->currentDocument())
            tab->back();
    });
    m_back->setShortcuts({QKeySequence::Back, QKeySequence(Qt::Key_Back)});
    m_forward = toolbar->addAction(Icons::forward(), tr("Forward"), this, [this] {
        if (auto *tab = m_documents->currentDocument())
            tab->forward();
    });
    m_forward->setShortcuts({QKeySequence::Forward, QKeySequence(Qt::Key_Forward)});
    // Holding or clicking the arrow beside Back and Forward lists the pages, as browsers do.
    addHistoryMenu(toolbar, m_back, -1);
    addHistoryMenu(toolbar, m_forward, 1);
    QAction *home = toolbar->addAction(Icons::home(), tr("Home"), this,
                                       [this] { openUrl(PageSource::homeUrl()); });
    home->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));

    auto *close = new QAction(tr("Close tab"), this);
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, [this] { m_documents->closeDocument(m_documents->currentIndex()); });
    addAction(close);
    m_reopen = new QAction(tr("Reopen closed tab"), this);
    m_reopen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_reopen, &QAction::triggered, m_documents, &DocumentTabs::reopenClosed);
    addAction(m_reopen);
    auto *newTab = new QAction(tr("New tab"), this);
    newTab->setShortcut(QKeySequence::AddTab);
    connect(newTab, &QAction::triggered, this, [this] { m_documents->openInNewTab(PageSource::homeUrl()); });
    addAction(newTab);
    auto *find = new QAction(tr("Search"), this);
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::Key_Slash)});
    connect(find, &QAction::triggered, m_sidebar, &Sidebar::focusSearch);
    addAction(find);
    updateActions();
}

void BrowserWindow::addHistoryMenu(QToolBar *toolbar, QAction *action, int direction)
{
    auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(action));
    if (!button)
        return;
    auto *menu = new QMenu(button);
    connect(menu, &QMenu::aboutToShow, this, [this, menu, direction] { fillHistoryMenu(menu, direction); });
    button->setMenu(menu);
    button->setPopupMode(QToolButton::MenuButtonPopup);
}

void BrowserWindow::fillHistoryMenu(QMenu *menu, int direction)
{
    menu->clear();
    DocumentTab *tab = m_documents->currentDocument();
    if (!tab)
        return;
    const auto &entries = tab->history().entries();
    for (int i = tab->history().index() + direction; i >= 0 && i < entries.size(); i += direction) {
        const QString title = entries.at(i).title.isEmpty() ? entries.at(i).url.toString() : entries.at(i).title;
        menu->addAction(title, tab, [tab, i] { tab->goToHistory(i); });
    }
}

void BrowserWindow::updateActions()
{
    const DocumentTab *tab = m_documents->currentDocument();
    m_back->setEnabled(tab && tab->history().canGoBack());
    m_forward->setEnabled(tab && tab->history().canGoForward());
    if (m_handouts)
        m_handouts->setCurrentUrl(tab ? tab->url() : QUrl());
    if (m_personal)
        m_personal->setCurrentPage(tab ? tab->url() : QUrl(), tab ? tab->title() : QString());
}

} // namespace huanjiao
