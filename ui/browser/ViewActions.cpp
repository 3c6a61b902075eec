// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewActions.h"

#include "AboutDialog.h"
#include "AdminPinStore.h"
#include "DocumentTabs.h"
#include "SettingsDialog.h"
#include "ShortcutsDialog.h"
#include "SystemColorScheme.h"
#include "Themes.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTimer>

namespace huanjiao {

ViewActions::ViewActions(DocumentTabs *documents, const ContentInfo &info, QMainWindow *window)
    : QObject(window)
    , m_documents(documents)
    , m_info(info)
    , m_window(window)
    , m_colorScheme(new SystemColorScheme(this))
    , m_applied(QApplication::palette())
{
    createActions();
    const InterfaceSettings saved = InterfaceSettings::load(QSettings());
    m_documents->setZoom(saved.zoomPercent);
    m_startZoom = m_documents->zoom();
    // The System theme starts on the platform's palette as it is; the
    // desktop's preference is asked for after the first paint.
    if (saved.theme != InterfaceSettings::Theme::System)
        applyTheme(saved.theme);
    connect(m_documents, &DocumentTabs::zoomStepRequested, this, &ViewActions::zoomBy);
    connect(m_colorScheme, &SystemColorScheme::schemeChanged, this, [this] {
        if (m_theme == InterfaceSettings::Theme::System)
            followSystem();
    });
    m_window->installEventFilter(this);
}

bool ViewActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_window)
        return false;
    switch (event->type()) {
    case QEvent::Paint:
        // Once the window is on screen: start-up never waits for the bus.
        if (!m_colorSchemeAsked) {
            m_colorSchemeAsked = true;
            QTimer::singleShot(0, m_colorScheme, &SystemColorScheme::start);
        }
        break;
    case QEvent::ApplicationPaletteChange:
        // Posted to the window after every change of the application palette,
        // ours included. A palette with nothing set of its own that is not
        // the one we left is the platform's new one (its theme changed).
        if (m_theme == InterfaceSettings::Theme::System && QApplication::palette().resolveMask() == 0
            && !isOurPalette(QApplication::palette()))
            followSystem();
        break;
    case QEvent::ThemeChange:
        // The platform's theme changed; while one of our palettes hides the
        // platform's, this is the only word of it.
        if (m_theme == InterfaceSettings::Theme::System)
            followSystem();
        break;
    default:
        break;
    }
    return false;
}

void ViewActions::createActions()
{
    QMenu *view = m_window->menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu = view;
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
    m_helpMenu = help;
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
    m_theme = theme;
    if (theme == InterfaceSettings::Theme::System)
        followSystem();
    else
        setApplicationPalette(Themes::palette(theme, QApplication::palette()));
}

void ViewActions::followSystem()
{
    // A palette with no colour set of its own resolves to the platform's
    // current one. Made from scratch: a copy of the application palette would
    // be taken for no change at all. Widgets get the change posted, so they
    // only ever see where this ends.
    QPalette platform(Qt::black);
    platform.setResolveMask(0);
    setApplicationPalette(platform);
    const QPalette wanted = Themes::systemPalette(QApplication::palette(), m_colorScheme->scheme());
    if (!isOurPalette(wanted))
        setApplicationPalette(wanted);
}

void ViewActions::setApplicationPalette(const QPalette &palette)
{
    QApplication::setPalette(palette);
    m_applied = QApplication::palette();
}

bool ViewActions::isOurPalette(const QPalette &palette) const
{
    return palette == m_applied && palette.resolveMask() == m_applied.resolveMask();
}

void ViewActions::showSettings()
{
    QSettings store;
    InterfaceSettings current = InterfaceSettings::load(store);
    current.zoomPercent = zoom();
    SettingsDialog dialog(current, KioskSettings::load(store), AdminPinStore(store).state(), m_window);
    dialog.setCrisisNumbers(CrisisNumbers::load(store));
    connect(&dialog, &SettingsDialog::handoutSettingsRequested, this, &ViewActions::handoutSettingsRequested);
    m_dialog = &dialog;
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
    if (chosen.language != current.language || chosen.databasePath != current.databasePath)
        offerRestart();
}

void ViewActions::offerRestart()
{
    // The interface's words and the open database are set up at start-up; a
    // restart is the honest way to change them, so say so and offer it.
    QMessageBox box(QMessageBox::Question, tr("Restart Huanjiao?"),
                    tr("The new language or content database is used once Huanjiao starts again. "
                       "Restart now? Your open pages are closed; bookmarks and history are kept."),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("restartOffer"));
    QPushButton *restart = box.addButton(tr("&Restart Now"), QMessageBox::AcceptRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    m_dialog = &box;
    box.exec();
    if (box.clickedButton() == restart)
        emit restartRequested();
}

void ViewActions::showShortcuts()
{
    ShortcutsDialog dialog(m_window);
    m_dialog = &dialog;
    dialog.exec();
}

void ViewActions::showAbout()
{
    AboutDialog dialog(m_info, m_window);
    m_dialog = &dialog;
    dialog.exec();
}

void ViewActions::resetForNextVisitor()
{
    if (m_dialog)
        m_dialog->reject();
    if (zoom() != m_startZoom)
        setZoom(m_startZoom);
}

} // namespace huanjiao
