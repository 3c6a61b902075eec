// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"

#include <QAbstractListModel>

namespace huanjiao {

class ClinicDocument;

// The clinic's own records of one kind, in their order, for the list beside a form.
class RecordListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1 };

    RecordListModel(Kind kind, const ClinicDocument &document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    int rowOf(const QString &id) const;

private:
    void reload();

    struct Row
    {
        QString id;
        QString name;
        QString detail;
    };
    Kind m_kind;
    const ClinicDocument &m_document;
    QList<Row> m_rows;
};

} // namespace huanjiao
