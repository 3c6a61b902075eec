// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Kind.h"

#include <QAbstractListModel>

namespace huanjiao {

class ClinicDocument;
class Pinyin;

// Every record of one kind a link may name, the clinic's and the base's, by
// name; SearchRole holds what a search may match (name, pinyin, initials, id).
class CandidateModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, SearchRole };

    CandidateModel(Kind kind, const ClinicDocument &document, const Pinyin &pinyin, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    Kind kind() const { return m_kind; }
    // The name shown for an id; the id itself when no record has it.
    QString nameOf(const QString &id) const;

private:
    void reload();

    struct Row
    {
        QString id;
        QString name;
        QString search;
        bool clinic = false;
    };
    Kind m_kind;
    const ClinicDocument &m_document;
    const Pinyin &m_pinyin;
    QList<Row> m_rows;
};

} // namespace huanjiao
