// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    // `baseLocation`: the pristine base content; `layerFolder`: where the
    // clinic's layer is saved; `output`: the database the kiosks read.
    Publisher(const ClinicDocument &document, QString baseLocation, QString layerFolder, QString output,
              QObject *parent = nullptr);

    const QString &output() const { return m_output; }
    bool busy() const { return m_watcher.isRunning(); }
    // The layer must have been saved to its folder first.
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
    QString m_base;
    QString m_layerFolder;
    QString m_output;
    QFutureWatcher<Report> m_watcher;
};

} // namespace huanjiao

Q_DECLARE_METATYPE(huanjiao::Publisher::Report)
