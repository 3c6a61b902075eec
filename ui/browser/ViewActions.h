// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentDatabase.h"
#include "InterfaceSettings.h"
#include "VisitorState.h"

#include <QObject>
#include <QPalette>
#include <QPointer>

class QAction;
class QDialog;
class QMainWindow;
class QMenu;

namespace huanjiao {

class DocumentTabs;
class SystemColorScheme;

// Reading comfort in a browser window: type size (Ctrl+=, Ctrl+-, Ctrl+0,
// Ctrl+wheel, remembered between runs), the theme, the settings dialog, the
// list of keyboard shortcuts (F1) and the About dialog. Adds its own View and
// Help menus to the window.
//
// The "same as the system" theme follows the desktop while the app runs: the
// portal's light/dark preference (SystemColorScheme, asked once the window
// has painted, so start-up waits for no D-Bus) and a new platform palette.
class ViewActions : public QObject, public VisitorState
{
    Q_OBJECT

public:
    ViewActions(DocumentTabs *documents, const ContentInfo &info, QMainWindow *window);

    int zoom() const;
    void setZoom(int percent);
    void zoomBy(int steps);
    void applyTheme(InterfaceSettings::Theme theme);
    InterfaceSettings::Theme theme() const { return m_theme; }
    SystemColorScheme *systemColorScheme() const { return m_colorScheme; }

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomResetAction() const { return m_zoomReset; }
    QAction *settingsAction() const { return m_settings; }
    // The window's View menu, for the other parts' actions.
    QMenu *viewMenu() const { return m_viewMenu; }
    QMenu *helpMenu() const { return m_helpMenu; }
    // The type size the window started with; no dialog of ours left open.
    void resetForNextVisitor() override;

    void showSettings();
    void showShortcuts();
    void showAbout();

signals:
    void handoutSettingsRequested();
    // The reader chose to restart now for a new language or database to take effect.
    void restartRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void offerRestart();
    void followSystem();
    void setApplicationPalette(const QPalette &palette);
    bool isOurPalette(const QPalette &palette) const;

    DocumentTabs *m_documents;
    const ContentInfo m_info;
    QMainWindow *m_window;
    SystemColorScheme *m_colorScheme;
    InterfaceSettings::Theme m_theme = InterfaceSettings::Theme::System;
    // The application palette as we last left it: a palette change that
    // does not match it did not come from us.
    QPalette m_applied;
    bool m_colorSchemeAsked = false;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_settings = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    int m_startZoom = 100;
    QPointer<QDialog> m_dialog; // the one open now
};

} // namespace huanjiao
