// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ClinicPaths.h"

#include <QFutureWatcher>
#include <QObject>

namespace huanjiao {

class ClinicDocument;

// 发布: checks the clinic's whole layer, and only when nothing is wrong builds
// the pristine base with the layer over it into the published database, on a
// worker thread. The report says, in the interface's language, what was
// published or why nothing was.
class Publisher : public QObject
{
    Q_OBJECT

public:
    Publisher(const ClinicDocument &document, ClinicPaths paths, QObject *parent = nullptr);

    const QString &output() const { return m_paths.published; }
    bool busy() const { return m_watcher.isRunning(); }
    void publish();

    struct Report
    {
        bool published = false;
        QString summary;        // one sentence
        QStringList problems;   // each problem, by record
    };

signals:
    void finished(const Report &report);

private:
    const ClinicDocument &m_document;
    ClinicPaths m_paths;
    QFutureWatcher<Report> m_watcher;
};

} // namespace huanjiao

Q_DECLARE_METATYPE(huanjiao::Publisher::Report)
