#pragma once

#include <QLineEdit>

namespace huanjiao {

// The one search field. Up, Down, Page Up and Page Down move through the
// results while typing continues here; Enter opens; Esc clears.
class SearchBox : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchBox(QWidget *parent = nullptr);

signals:
    void navigate(int key);
    void accepted(bool newTab);

protected:
    void keyPressEvent(QKeyEvent *event) override;
};

} // namespace huanjiao
