#pragma once

#include "Repository.h"

#include <QAbstractListModel>

namespace huanjiao {

// The entities of one kind, in sort order, fetched a page at a time as the
// view scrolls, so a list of 100,000 rows costs only what is on screen.
class EntityListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles { UriRole = Qt::UserRole + 1, SubtitleRole, IdRole };

    EntityListModel(const Repository &repository, Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    // Shows only one department's entities (0: all).
    void setDepartment(qint64 department);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    const Repository &m_repository;
    Kind m_kind;
    qint64 m_department = 0;
    QList<EntityRef> m_rows;
    Repository::Cursor m_cursor;
    bool m_atEnd = false;
};

} // namespace huanjiao
