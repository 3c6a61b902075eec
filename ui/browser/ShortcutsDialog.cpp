// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace huanjiao {

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    const auto rows = shortcuts(window);
    m_table->setColumnCount(2);
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    m_table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
}

QList<QPair<QString, QString>> ShortcutsDialog::shortcuts(const QWidget *window)
{
    QList<QPair<QString, QString>> rows;
    QStringList seen;
    const auto actions = window ? window->findChildren<QAction *>() : QList<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        QString name = action->text();
        name.remove(QLatin1Char('&'));
        name.remove(QChar(0x2026));
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        const QString joined = keys.join(QStringLiteral(", "));
        if (name.isEmpty() || seen.contains(name + joined))
            continue;
        seen << name + joined;
        rows.append({name, joined});
    }
    std::sort(rows.begin(), rows.end());
    rows.append({tr("Move between controls"), tr("Tab, Shift+Tab")});
    rows.append({tr("Move between links on a page"), tr("Tab, Shift+Tab, then Enter to open")});
    rows.append({tr("Open a link in a new tab"), tr("Ctrl+click, middle click")});
    rows.append({tr("Larger or smaller text"), tr("Ctrl+mouse wheel")});
    rows.append({tr("Open a menu"), tr("Alt, or Alt+the underlined letter")});
    return rows;
}

} // namespace huanjiao
