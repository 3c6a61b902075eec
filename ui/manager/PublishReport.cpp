// SPDX-License-Identifier: GPL-3.0-or-later
#include "PublishReport.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace huanjiao {

PublishReport::PublishReport(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(tr("Not published yet in this session."), this))
    , m_problems(new QListWidget(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
}

void PublishReport::showBusy()
{
    m_summary->setText(tr("Publishing…"));
    m_problems->clear();
    m_problems->hide();
}

void PublishReport::show(const Publisher::Report &report)
{
    m_summary->setText(report.summary);
    m_summary->setStyleSheet(report.published ? QString() : QStringLiteral("color: #b00020;"));
    m_problems->clear();
    m_problems->addItems(report.problems);
    m_problems->setVisible(!report.problems.isEmpty());
}

} // namespace huanjiao
