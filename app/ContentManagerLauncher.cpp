// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentManagerLauncher.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QStandardPaths>

namespace huanjiao {

namespace {
const QString programName = QStringLiteral("huanjiao-manager");
}

ContentManagerLauncher::ContentManagerLauncher(QMenu *menu, QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("Content &Manager…"), this))
{
    m_action->setObjectName(QStringLiteral("contentManager"));
    m_action->setToolTip(tr("Edit the clinic's own content in the content manager"));
    connect(m_action, &QAction::triggered, this, &ContentManagerLauncher::launch);
    menu->addSeparator();
    menu->addAction(m_action);
}

QString ContentManagerLauncher::locate()
{
    const QFileInfo beside(QDir(QCoreApplication::applicationDirPath()).filePath(programName));
    if (beside.isFile() && beside.isExecutable())
        return beside.absoluteFilePath();
    return QStandardPaths::findExecutable(programName);
}

void ContentManagerLauncher::launch()
{
    const QString program = locate();
    if (program.isEmpty()) {
        QMessageBox::warning(m_window, tr("Content Manager"),
                             tr("The content manager (%1) is not installed. It comes with the huanjiao package; "
                                "ask whoever looks after this computer to install it.")
                                 .arg(programName));
        return;
    }
    if (!QProcess::startDetached(program, {}))
        QMessageBox::warning(m_window, tr("Content Manager"),
                             tr("The content manager (%1) could not be started.").arg(program));
}

} // namespace huanjiao
