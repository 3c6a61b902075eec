#include "KindBrowser.h"

#include "EntityItemDelegate.h"
#include "EntityListModel.h"
#include "Labels.h"

#include <QApplication>
#include <QListView>

namespace huanjiao {

const QList<Kind> &KindBrowser::kinds()
{
    static const QList<Kind> list{Kind::Condition, Kind::Department, Kind::Doctor, Kind::Drug,
                                  Kind::Test,      Kind::Article,    Kind::Qa};
    return list;
}

KindBrowser::KindBrowser(const Repository &repository, QWidget *parent)
    : QTabWidget(parent)
{
    setDocumentMode(true);
    setUsesScrollButtons(true);
    setAccessibleName(tr("Browse by kind"));
    for (Kind kind : kinds()) {
        auto *view = new QListView(this);
        auto *model = new EntityListModel(repository, kind, view);
        view->setModel(model);
        view->setItemDelegate(new EntityItemDelegate(view));
        view->setUniformItemSizes(true);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAccessibleName(Labels::kindPlural(kind));
        auto open = [this](const QModelIndex &index) {
            const bool newTab = QApplication::keyboardModifiers().testFlag(Qt::ControlModifier);
            emit openRequested(index.data(EntityListModel::UriRole).toUrl(), newTab);
        };
        connect(view, &QListView::activated, this, open);
        connect(view, &QListView::clicked, this, open);
        addTab(view, Labels::kindPlural(kind));
    }
}

} // namespace huanjiao
