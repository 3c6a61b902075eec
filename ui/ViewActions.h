#pragma once

#include "ContentDatabase.h"
#include "InterfaceSettings.h"

#include <QObject>
#include <QPalette>

class QAction;
class QMainWindow;

namespace huanjiao {

class DocumentTabs;

// Reading comfort in a browser window: type size (Ctrl+=, Ctrl+-, Ctrl+0,
// Ctrl+wheel, remembered between runs), the theme, the settings dialog, the
// list of keyboard shortcuts (F1) and the About dialog. Adds its own View and
// Help menus to the window.
class ViewActions : public QObject
{
    Q_OBJECT

public:
    ViewActions(DocumentTabs *documents, const ContentInfo &info, QMainWindow *window);

    int zoom() const;
    void setZoom(int percent);
    void zoomBy(int steps);
    void applyTheme(InterfaceSettings::Theme theme);

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomResetAction() const { return m_zoomReset; }
    QAction *settingsAction() const { return m_settings; }

    void showSettings();
    void showShortcuts();
    void showAbout();

signals:
    void handoutSettingsRequested();

private:
    void createActions();

    DocumentTabs *m_documents;
    const ContentInfo m_info;
    QMainWindow *m_window;
    // The desktop's own palette, for the "same as the system" theme.
    const QPalette m_systemPalette;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_zoomReset = nullptr;
    QAction *m_settings = nullptr;
};

} // namespace huanjiao
