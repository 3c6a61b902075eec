#include "BrowserWindow.h"

#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "KindBrowser.h"
#include "PageSource.h"
#include "SearchBox.h"
#include "Sidebar.h"

#include <QAction>
#include <QSplitter>
#include <QStyle>
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
    splitter->addWidget(m_sidebar);
    splitter->addWidget(m_documents);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 900});
    setCentralWidget(splitter);

    connect(m_sidebar, &Sidebar::openRequested, this, &BrowserWindow::openUrl);
    connect(m_documents, &DocumentTabs::currentDocumentChanged, this, &BrowserWindow::updateActions);
    createActions();
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

void BrowserWindow::createActions()
{
    QToolBar *toolbar = addToolBar(tr("Navigation"));
    toolbar->setObjectName(QStringLiteral("navigation"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_back = toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowBack), tr("Back"), this, [this] {
        if (auto *tab = m_documents->currentDocument())
            tab->back();
    });
    m_back->setShortcuts({QKeySequence::Back, QKeySequence(Qt::Key_Back)});
    m_forward = toolbar->addAction(style()->standardIcon(QStyle::SP_ArrowForward), tr("Forward"), this, [this] {
        if (auto *tab = m_documents->currentDocument())
            tab->forward();
    });
    m_forward->setShortcuts({QKeySequence::Forward, QKeySequence(Qt::Key_Forward)});
    QAction *home = toolbar->addAction(style()->standardIcon(QStyle::SP_DirHomeIcon), tr("Home"), this,
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

void BrowserWindow::updateActions()
{
    const DocumentTab *tab = m_documents->currentDocument();
    m_back->setEnabled(tab && tab->history().canGoBack());
    m_forward->setEnabled(tab && tab->history().canGoForward());
}

} // namespace huanjiao
