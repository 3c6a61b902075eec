#pragma once

#include "Kind.h"

#include <QTabWidget>
#include <QUrl>

namespace huanjiao {

class Repository;

// A tab per kind of content (conditions, departments, doctors, ...), each a
// lazily filled list. Activating an entry asks for its page.
class KindBrowser : public QTabWidget
{
    Q_OBJECT

public:
    KindBrowser(const Repository &repository, QWidget *parent = nullptr);

    static const QList<Kind> &kinds();

signals:
    void openRequested(const QUrl &url, bool newTab);
};

} // namespace huanjiao
