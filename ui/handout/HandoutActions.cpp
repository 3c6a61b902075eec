// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutActions.h"

#include "BasketPanel.h"
#include "EntityUri.h"
#include "HandoutBasket.h"
#include "HandoutSettingsDialog.h"
#include "Icons.h"
#include "HandoutCounts.h"
#include "PrintController.h"
#include "Repository.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace huanjiao {

namespace {
constexpr int kStatusTimeout = 5000; // ms
} // namespace

HandoutActions::HandoutActions(const Repository &repository, const ContentInfo &info, QMainWindow *window)
    : QObject(window)
    , m_repository(repository)
    , m_window(window)
    , m_basket(new HandoutBasket(this))
    , m_printer(new PrintController(repository, info, window))
    , m_panel(new BasketPanel(m_basket))
    , m_dock(new QDockWidget(tr("Handout Basket"), window))
{
    m_dock->setObjectName(QStringLiteral("handoutBasket"));
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide(); // shown when the first topic goes in, or from the menu

    connect(m_printer, &PrintController::statusMessage, this, &HandoutActions::showStatus);
    connect(m_panel, &BasketPanel::printRequested, this, [this] { m_printer->print(m_basket->uris()); });
    connect(m_panel, &BasketPanel::exportRequested, this, [this] { m_printer->exportPdf(m_basket->uris()); });
    connect(m_panel, &BasketPanel::openRequested, this, [this](const QUrl &url) { emit openRequested(url, false); });
    connect(m_basket, &HandoutBasket::countChanged, this, &HandoutActions::updateActions);
    createActions();
}

void HandoutActions::createActions()
{
    m_print = new QAction(Icons::print(), tr("&Print…"), this);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print this page as a handout, with a preview (Ctrl+P)"));
    connect(m_print, &QAction::triggered, this, [this] {
        EntityUri uri;
        if (EntityUri::parse(m_current, &uri))
            m_printer->print({uri});
    });

    m_export = new QAction(Icons::exportPdf(), tr("&Export PDF…"), this);
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setToolTip(tr("Save this page as a handout PDF"));
    connect(m_export, &QAction::triggered, this, [this] {
        EntityUri uri;
        if (EntityUri::parse(m_current, &uri))
            m_printer->exportPdf({uri});
    });

    m_add = new QAction(Icons::addToBasket(), tr("Add to &Basket"), this);
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_add->setToolTip(tr("Collect this page for a handout of several topics"));
    connect(m_add, &QAction::triggered, this, [this] { addToBasket(m_current); });

    QAction *showBasket = m_dock->toggleViewAction();
    showBasket->setText(tr("Show Handout Bas&ket"));

    auto *settings = new QAction(tr("Handout &Settings…"), this);
    connect(settings, &QAction::triggered, this, &HandoutActions::editSettings);
    m_settings = settings;

    m_fileMenu = m_window->menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addActions({m_print, m_export});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_add, showBasket});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(settings);

    m_toolBar = m_window->addToolBar(tr("Handout"));
    m_toolBar->setObjectName(QStringLiteral("handoutToolbar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({m_print, m_export, m_add});
    updateActions();
}

void HandoutActions::resetForNextVisitor()
{
    m_printer->closeMessages();
    m_basket->clear();
    m_dock->hide();
}

void HandoutActions::lockDown(PrintController::Policy printing)
{
    m_printer->setPolicy(printing);
    m_export->setVisible(false);
    m_settings->setVisible(false);
    m_panel->exportButton()->hide();
    const bool canPrint = printing != PrintController::Policy::Off;
    m_print->setVisible(canPrint);
    // The basket only gathers topics to print.
    m_add->setVisible(canPrint);
    m_panel->printButton()->setVisible(canPrint);
    m_print->setToolTip(tr("Print this page as a handout"));
    updateActions();
}

void HandoutActions::setUserStore(UserStore *store)
{
    if (m_counts || !store || m_printer->policy() != PrintController::Policy::Interactive)
        return;
    m_counts = new HandoutCounts(store, m_window);
    m_counts->addActions(m_fileMenu, m_settings);
    connect(m_counts, &HandoutCounts::statusMessage, this, &HandoutActions::showStatus);
    connect(m_printer, &PrintController::handedOut, m_counts, &HandoutCounts::record);
}

void HandoutActions::setCurrentUrl(const QUrl &url)
{
    m_current = url;
    updateActions();
}

bool HandoutActions::addToBasket(const QUrl &url)
{
    EntityUri uri;
    if (!EntityUri::parse(url, &uri))
        return false;
    const EntityRef ref = m_repository.ref(uri.kind, uri.id);
    if (!ref.isValid())
        return false;
    if (!m_basket->add(ref)) {
        showStatus(tr("%1 is in the handout basket already.").arg(ref.name));
        return false;
    }
    m_dock->show();
    showStatus(tr("Added %1 to the handout basket (%n topic(s)).", nullptr, m_basket->rowCount()).arg(ref.name));
    return true;
}

void HandoutActions::offerBasketOn(QAbstractItemView *view, int uriRole, ContextMenu menu)
{
    if (!view)
        return;
    auto *add = new QAction(tr("Add to Handout Basket"), view);
    add->setObjectName(QStringLiteral("addToBasket"));
    // A right click makes the item under the pointer current before the menu opens.
    connect(add, &QAction::triggered, this,
            [this, view, uriRole] { addToBasket(view->currentIndex().data(uriRole).toUrl()); });
    view->addAction(add);
    if (menu == ContextMenu::FromActions)
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void HandoutActions::updateActions()
{
    EntityUri uri;
    const bool topic = EntityUri::parse(m_current, &uri) && m_repository.ref(uri.kind, uri.id).isValid();
    m_print->setEnabled(topic);
    m_export->setEnabled(topic && m_printer->policy() == PrintController::Policy::Interactive);
    m_add->setEnabled(topic && !m_basket->contains(uri.kind, uri.id));
}

void HandoutActions::editSettings()
{
    QSettings store;
    HandoutSettingsDialog dialog(HandoutSettings::load(store), m_window);
    if (dialog.exec() == QDialog::Accepted)
        dialog.settings().save(store);
}

void HandoutActions::showStatus(const QString &message)
{
    m_window->statusBar()->showMessage(message, kStatusTimeout);
}

} // namespace huanjiao
