// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BrowserComposition.h"
#include "ContentDatabase.h"
#include "ContentDatabaseReloader.h"
#include "KioskSettings.h"

#include <QObject>

#include <memory>

class QSettings;

namespace huanjiao {


// A kiosk and the content it shows: the window of BrowserComposition in
// its kiosk profile. When the content database file is
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
    BrowserWindow *window() const { return m_window->window(); }
    KioskController *controller() const { return m_window->kiosk(); }
    ReadAloud *readAloud() const { return m_window->readAloud(); }
    const ContentDatabase &database() const { return *m_database; }
    ContentDatabaseReloader *reloader() { return &m_reloader; }

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
    ContentDatabaseReloader m_reloader;
    std::unique_ptr<ContentDatabase> m_database;
    std::unique_ptr<BrowserComposition> m_window;
};

} // namespace huanjiao
