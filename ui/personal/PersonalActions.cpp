// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonalActions.h"

#include "Icons.h"
#include "PageSource.h"
#include "PersonalPanel.h"
#include "UserItemsModel.h"
#include "UserStore.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>

namespace huanjiao {

namespace {
constexpr int kStatusTimeout = 5000;
}

PersonalActions::PersonalActions(UserStore *store, QMainWindow *window, QMenu *viewMenu, QToolBar *toolbar)
    : QObject(window)
    , m_store(store)
    , m_window(window)
    , m_bookmarks(new UserItemsModel(this))
    , m_recent(new UserItemsModel(this))
    , m_panel(new PersonalPanel(m_bookmarks, m_recent))
    , m_dock(new QDockWidget(tr("Bookmarks and History"), window))
{
    m_dock->setObjectName(QStringLiteral("personal"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide(); // shown from the View menu

    connect(m_panel, &PersonalPanel::openRequested, this, &PersonalActions::openRequested);
    connect(m_panel, &PersonalPanel::removeRequested, this, [this](const QUrl &url) {
        if (!m_store->removeBookmark(url))
            showError(m_store->lastError());
        refresh();
    });
    connect(m_panel, &PersonalPanel::exportRequested, this, &PersonalActions::chooseExport);
    connect(m_panel, &PersonalPanel::importRequested, this, &PersonalActions::chooseImport);
    connect(m_panel, &PersonalPanel::clearRecentRequested, this, [this] {
        if (!m_store->clearRecent())
            showError(m_store->lastError());
        refresh();
    });
    createActions(viewMenu, toolbar);
    refresh();
}

void PersonalActions::createActions(QMenu *view, QToolBar *toolbar)
{
    m_bookmark = new QAction(Icons::bookmark(), tr("&Bookmark This Page"),
                             this);
    m_bookmark->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_bookmark->setCheckable(true);
    m_bookmark->setToolTip(tr("Bookmark this page, or remove its bookmark (Ctrl+D)"));
    connect(m_bookmark, &QAction::triggered, this, &PersonalActions::toggleBookmark);
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("Bookmarks and &History"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));

    view->addSeparator();
    view->addAction(m_bookmark);
    view->addAction(toggle);
    toolbar->addAction(m_bookmark);
    updateBookmarkAction();
}

QAction *PersonalActions::panelAction() const
{
    return m_dock->toggleViewAction();
}

void PersonalActions::setCurrentPage(const QUrl &url, const QString &title)
{
    m_current = url.adjusted(QUrl::RemoveFragment);
    m_title = title;
    updateBookmarkAction();
}

void PersonalActions::pageViewed(const QUrl &url, const QString &title)
{
    if (!m_store->addRecent(url, title)) {
        // Not worth a dialog on every page: the status bar says it once a page.
        showStatus(m_store->lastError());
        return;
    }
    m_recent->setItems(m_store->recent());
}

bool PersonalActions::toggleBookmark()
{
    if (!m_current.isValid() || m_current == PageSource::homeUrl()) {
        updateBookmarkAction();
        return false;
    }
    bool ok;
    if (m_store->isBookmarked(m_current)) {
        ok = m_store->removeBookmark(m_current);
        if (ok)
            showStatus(tr("Removed the bookmark for %1.").arg(m_title));
    } else {
        ok = m_store->addBookmark(m_current, m_title) > 0;
        if (ok)
            showStatus(tr("Bookmarked %1.").arg(m_title));
    }
    if (!ok)
        showError(m_store->lastError());
    refresh();
    return ok;
}

bool PersonalActions::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_store->exportBookmarks()) < 0 || !file.commit()) {
        showError(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    showStatus(tr("Saved %n bookmark(s) to %1.", nullptr, m_bookmarks->rowCount()).arg(QDir::toNativeSeparators(path)));
    return true;
}

int PersonalActions::importFrom(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return -1;
    }
    const int added = m_store->importBookmarks(file.readAll());
    if (added < 0)
        showError(m_store->lastError());
    else
        showStatus(tr("Added %n bookmark(s).", nullptr, added));
    refresh();
    return added;
}

void PersonalActions::chooseExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Bookmarks"),
                                                      folder + QStringLiteral("/huanjiao-bookmarks.json"),
                                                      tr("Bookmarks (*.json)"));
    if (!path.isEmpty())
        exportTo(path);
}

void PersonalActions::chooseImport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import Bookmarks"), folder, tr("Bookmarks (*.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

void PersonalActions::refresh()
{
    m_bookmarks->setItems(m_store->bookmarks());
    m_recent->setItems(m_store->recent());
    updateBookmarkAction();
}

void PersonalActions::updateBookmarkAction()
{
    const bool page = m_current.isValid() && m_current != PageSource::homeUrl();
    m_bookmark->setEnabled(page);
    m_bookmark->setChecked(page && m_store->isBookmarked(m_current));
}

void PersonalActions::showError(const QString &message)
{
    // Offscreen tests and the kiosk have no one to click OK: the status bar
    // carries it too, and the dialog is not modal to the rest of the app.
    showStatus(message);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Bookmarks"), message, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("personalError"));
    // Bookmark titles come from files people import: text, never markup.
    box->setTextFormat(Qt::PlainText);
    box->open();
}

void PersonalActions::showStatus(const QString &message)
{
    m_window->statusBar()->showMessage(message, kStatusTimeout);
}

} // namespace huanjiao
