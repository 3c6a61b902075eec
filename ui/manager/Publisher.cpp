// SPDX-License-Identifier: GPL-3.0-or-later
#include "Publisher.h"

#include "ClinicDocument.h"
#include "ContentBuild.h"
#include "LayerCheck.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace huanjiao {

namespace {
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Publisher)

public:
    static Publisher::Report run(const ContentLayer &base, const SourceRecord &meta, const QList<SourceRecord> &layer,
                                 const QString &baseLocation, const QString &layerFolder, const QString &output)
    {
        Publisher::Report report;
        const auto problems = LayerCheck::run(base, meta, layer);
        if (!problems.isEmpty()) {
            for (const auto &p : problems)
                report.problems.append(p.text());
            report.summary = tr("Not published: this clinic's content has %n problem(s). "
                                "Correct them and publish again; what patients see has not changed.",
                                nullptr, int(problems.size()));
            return report;
        }
        const ContentBuild::Result result = ContentBuild::run({baseLocation, layerFolder}, output);
        if (!result.ok()) {
            for (const auto &d : result.diagnostics)
                report.problems.append(d.toString());
            if (!result.error.isEmpty())
                report.problems.append(result.error);
            report.summary = tr("Not published: the database could not be built. "
                                "What patients see has not changed.");
            return report;
        }
        report.published = true;
        report.summary = tr("Published %n record(s) of this clinic to %1. "
                            "Kiosks show them after their next idle reset.",
                            nullptr, int(layer.size()))
                             .arg(output);
        return report;
    }
};
} // namespace

Publisher::Publisher(const ClinicDocument &document, QString baseLocation, QString layerFolder, QString output,
                     QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_base(std::move(baseLocation))
    , m_layerFolder(std::move(layerFolder))
    , m_output(std::move(output))
{
    connect(&m_watcher, &QFutureWatcher<Report>::finished, this, [this] { emit finished(m_watcher.result()); });
}

void Publisher::publish()
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run(&Texts::run, m_document.base(), m_document.meta(), m_document.layer(),
                                          m_base, m_layerFolder, m_output));
}

} // namespace huanjiao
