#pragma once

#include <QTextBrowser>

namespace huanjiao {

// Shows one page's HTML. It loads nothing from outside (no images, no files,
// no network) and follows no link itself: it reports huanjiao:// links and
// ignores every other scheme.
class PageView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PageView(QWidget *parent = nullptr);

    void setPage(const QString &html);

    QVariant loadResource(int type, const QUrl &name) override;

signals:
    // A huanjiao:// link was activated; newTab for Ctrl+click and middle click.
    void linkActivated(const QUrl &url, bool newTab);

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void updateMargins();
    void activate(const QUrl &url, bool newTab);

    Qt::KeyboardModifiers m_pressModifiers;
};

} // namespace huanjiao
