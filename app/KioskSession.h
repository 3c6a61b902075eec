// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BrowserComposition.h"
#include "ClinicPaths.h"
#include "ContentDatabase.h"
#include "ContentDatabaseReloader.h"
#include "KioskSettings.h"

#include <QObject>

#include <memory>
#include <optional>

class QSettings;

namespace huanjiao {


// A kiosk and the content it shows: the window of BrowserComposition in
// its kiosk profile. When the content database file is
// replaced on disk (an update), the new file is checked in the background
// and taken at the next idle reset, between two visitors: the window is
// built again around it. Until then, and if the new file fails its checks,
// the kiosk keeps showing the content it has.
//
// A kiosk started on the bundled database because the clinic had published
// nothing (current) yet is given the clinic's paths (DatabaseLocator::
// awaitedClinic()): once a database built from the base as it is now appears
// at the published path and passes its checks, the next idle reset switches
// to it, and from then on the session follows that file as it follows any other.
class KioskSession : public QObject
{
    Q_OBJECT

public:
    KioskSession(const QString &path, std::unique_ptr<ContentDatabase> database, const KioskSettings &kiosk,
                 QSettings &settings, QObject *parent = nullptr,
                 const std::optional<ClinicPaths> &awaitedClinic = std::nullopt);
    ~KioskSession() override;

    void start(const QUrl &openUrl = {});
    BrowserWindow *window() const { return m_window->window(); }
    KioskController *controller() const { return m_window->kiosk(); }
    ReadAloud *readAloud() const { return m_window->readAloud(); }
    const ContentDatabase &database() const { return *m_database; }
    ContentDatabaseReloader *reloader() { return m_reloader.get(); }
    // Watches for the clinic's first publish; null when there is nothing to wait for.
    ContentDatabaseReloader *firstPublishReloader() { return m_firstPublish.get(); }
    QString path() const { return m_path; }

signals:
    // The right admin PIN was given.
    void exitRequested();
    // The window was built again around a new content database.
    void contentSwitched();

private:
    void build();
    void switchIfUpdated();

    QString m_path;
    KioskSettings m_kiosk;
    QSettings &m_settings;
    std::unique_ptr<ContentDatabaseReloader> m_reloader;
    std::unique_ptr<ContentDatabaseReloader> m_firstPublish;
    std::optional<ClinicPaths> m_awaitedClinic;
    std::unique_ptr<ContentDatabase> m_database;
    std::unique_ptr<BrowserComposition> m_window;
};

} // namespace huanjiao
