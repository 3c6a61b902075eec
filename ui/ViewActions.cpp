#include "ViewActions.h"

#include "AboutDialog.h"
#include "AdminPinStore.h"
#include "DocumentTabs.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "Themes.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>

namespace huanjiao {

ViewActions::ViewActions(DocumentTabs *documents, const ContentInfo &info, QMainWindow *window)
    : QObject(window)
    , m_documents(documents)
    , m_info(info)
    , m_window(window)
    , m_systemPalette(QApplication::palette())
{
    createActions();
    const InterfaceSettings saved = InterfaceSettings::load(QSettings());
    m_documents->setZoom(saved.zoomPercent);
    if (saved.theme != InterfaceSettings::Theme::System)
        applyTheme(saved.theme);
    connect(m_documents, &DocumentTabs::zoomStepRequested, this, &ViewActions::zoomBy);
}

void ViewActions::createActions()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_zoomIn = view->addAction(tr("&Larger Text"), this, [this] { zoomBy(1); });
    // Ctrl+= as well as Ctrl++: the plus sign needs Shift on most keyboards.
    m_zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    m_zoomOut = view->addAction(tr("&Smaller Text"), this, [this] { zoomBy(-1); });
    m_zoomOut->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut});
    m_zoomReset = view->addAction(tr("&Normal Size"), this, [this] { setZoom(100); });
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    m_settings = view->addAction(tr("S&ettings…"), this, &ViewActions::showSettings);
    m_settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settings->setMenuRole(QAction::PreferencesRole);

    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &ViewActions::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Huanjiao"), this, &ViewActions::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

int ViewActions::zoom() const
{
    return m_documents->zoom();
}

void ViewActions::setZoom(int percent)
{
    percent = InterfaceSettings::clampZoom(percent);
    m_documents->setZoom(percent);
    QSettings settings;
    InterfaceSettings::saveZoom(settings, percent);
    m_zoomIn->setEnabled(percent < InterfaceSettings::kMaxZoom);
    m_zoomOut->setEnabled(percent > InterfaceSettings::kMinZoom);
}

void ViewActions::zoomBy(int steps)
{
    setZoom(zoom() + steps * InterfaceSettings::kZoomStep);
}

void ViewActions::applyTheme(InterfaceSettings::Theme theme)
{
    QApplication::setPalette(Themes::palette(theme, m_systemPalette));
}

void ViewActions::showSettings()
{
    QSettings store;
    InterfaceSettings current = InterfaceSettings::load(store);
    current.zoomPercent = zoom();
    SettingsDialog dialog(current, KioskSettings::load(store), AdminPinStore(store).hasPin(), m_window);
    connect(&dialog, &SettingsDialog::handoutSettingsRequested, this, &ViewActions::handoutSettingsRequested);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const InterfaceSettings chosen = dialog.settings();
    chosen.save(store);
    QString error;
    if (!dialog.saveKiosk(store, &error))
        QMessageBox::warning(m_window, tr("Settings not saved"), error);
    setZoom(chosen.zoomPercent);
    if (chosen.theme != current.theme)
        applyTheme(chosen.theme);
}

void ViewActions::showShortcuts()
{
    ShortcutsDialog dialog(m_window);
    dialog.exec();
}

void ViewActions::showAbout()
{
    AboutDialog dialog(m_info, m_window);
    dialog.exec();
}

} // namespace huanjiao
