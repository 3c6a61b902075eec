// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Publisher.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace huanjiao {

// What the last 发布 did: one sentence, and every problem that stopped it, by record.
class PublishReport : public QWidget
{
    Q_OBJECT

public:
    explicit PublishReport(QWidget *parent = nullptr);

    void show(const Publisher::Report &report);
    void showBusy();
    QLabel *summary() const { return m_summary; }
    QListWidget *problems() const { return m_problems; }

private:
    QLabel *m_summary;
    QListWidget *m_problems;
};

} // namespace huanjiao
