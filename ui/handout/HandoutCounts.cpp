// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoutCounts.h"

#include "HandoutSettings.h"
#include "UserStore.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace huanjiao {

HandoutCounts::HandoutCounts(UserStore *store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{
}

QString HandoutCounts::kindName(HandoutDocument::Layout layout)
{
    return layout == HandoutDocument::Layout::Summary ? QStringLiteral("summary") : QStringLiteral("full");
}

void HandoutCounts::addActions(QMenu *menu, QAction *before)
{
    auto *counts = new QMenu(tr("Handout &Counts"), menu);
    menu->insertMenu(before, counts);
    counts->setObjectName(QStringLiteral("handoutCounts"));
    counts->addAction(tr("&Export as CSV…"), this, &HandoutCounts::exportCsv);
    counts->addAction(tr("&Clear…"), this, &HandoutCounts::clear);
}

bool HandoutCounts::record(const QList<EntityUri> &topics, HandoutDocument::Layout layout)
{
    // Read each time: switching counting off in the settings stops it at once.
    if (!HandoutSettings::load(QSettings()).countHandouts)
        return true;
    const QDate today = QDate::currentDate();
    for (const EntityUri &uri : topics) {
        if (!m_store->countHandout(huanjiao::kindName(uri.kind) + QLatin1Char('/') + uri.id, kindName(layout), today)) {
            emit statusMessage(m_store->lastError());
            return false;
        }
    }
    return true;
}

bool HandoutCounts::exportTo(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_store->exportHandoutCountsCsv()) < 0 || !file.commit()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Counts not saved"),
                                    tr("Cannot write %1: %2. Choose another folder, for example your Documents "
                                       "folder.")
                                        .arg(QDir::toNativeSeparators(path), file.errorString()),
                                    QMessageBox::Ok, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        box->open();
        return false;
    }
    emit statusMessage(tr("Saved the handout counts to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void HandoutCounts::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("handout-counts-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export handout counts"), QDir(folder).filePath(name),
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    exportTo(path);
}

void HandoutCounts::clear()
{
    const auto answer = QMessageBox::question(
        m_window, tr("Clear handout counts"),
        tr("Delete all %n count(s) of handouts given out? Export them first if the clinic needs them.", nullptr,
           int(m_store->handoutCounts().size())),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (m_store->clearHandoutCounts())
        emit statusMessage(tr("Cleared the handout counts."));
    else
        emit statusMessage(m_store->lastError());
}

} // namespace huanjiao
