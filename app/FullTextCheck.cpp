// SPDX-License-Identifier: GPL-3.0-or-later
#include "FullTextCheck.h"

#include "SchemaCheck.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QThread>

namespace huanjiao {

void FullTextCheck::start(const QString &path, QWidget *window)
{
    QPointer<QWidget> target(window);
    const bool toLog = !window;
    QThread *thread = QThread::create([path, target, toLog] {
        const QString problem = SchemaCheck::fullTextProblem(path);
        if (problem.isEmpty())
            return;
        if (toLog) { // the kiosk: for whoever looks after it, not for visitors
            qWarning("%s", qPrintable(tr("The content database %1 is damaged: %2. Search may miss topics or find "
                                         "wrong ones. Rebuild it or reinstall the content package.")
                                          .arg(QDir::toNativeSeparators(path), problem)));
            return;
        }
        // Widgets only on the interface thread.
        QMetaObject::invokeMethod(qApp, [path, problem, target] {
            if (!target)
                return;
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Search may give wrong results"),
                                        tr("The content database %1 is damaged: %2. Search may miss topics or "
                                           "find wrong ones. Rebuild it or reinstall the content package.")
                                            .arg(QDir::toNativeSeparators(path), problem),
                                        QMessageBox::Ok, target);
            box->setObjectName(QStringLiteral("fullTextDamaged"));
            box->setTextFormat(Qt::PlainText);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Not left running when the app quits.
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, thread, [thread] { thread->wait(); });
    thread->start(QThread::LowPriority);
}

} // namespace huanjiao
