#pragma once

#include "ContentDatabase.h"
#include "ContentDatabaseReloader.h"
#include "KioskSettings.h"
#include "PageSource.h"
#include "Repository.h"

#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace huanjiao {

class BrowserWindow;
class KioskController;
class SearchService;

// A kiosk and the content it shows. When the content database file is
// replaced on disk (an update), the new file is checked in the background
// and taken at the next idle reset, between two visitors: the window is
// built again around it. Until then, and if the new file fails its checks,
// the kiosk keeps showing the content it has.
class KioskSession : public QObject
{
    Q_OBJECT

public:
    KioskSession(const QString &path, std::unique_ptr<ContentDatabase> database, const KioskSettings &kiosk,
                 QSettings &settings, QObject *parent = nullptr);
    ~KioskSession() override;

    void start(const QUrl &openUrl = {});
    BrowserWindow *window() const { return m_window.get(); }
    KioskController *controller() const { return m_controller.get(); }
    const ContentDatabase &database() const { return *m_database; }
    ContentDatabaseReloader *reloader() { return &m_reloader; }

signals:
    // The right admin PIN was given.
    void exitRequested();
    // The window was built again around a new content database.
    void contentSwitched();

private:
    void build();
    void tearDown();
    void switchIfUpdated();

    QString m_path;
    KioskSettings m_kiosk;
    QSettings &m_settings;
    ContentDatabaseReloader m_reloader;
    std::unique_ptr<ContentDatabase> m_database;
    std::optional<Repository> m_repository;
    std::optional<PageSource> m_pages;
    std::unique_ptr<SearchService> m_search;
    std::unique_ptr<BrowserWindow> m_window;
    std::unique_ptr<KioskController> m_controller;
};

} // namespace huanjiao
