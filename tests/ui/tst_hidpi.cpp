// SPDX-License-Identifier: GPL-3.0-or-later
// Crisp at a device pixel ratio of 2: with QT_SCALE_FACTOR=2 (set before the
// application exists, hence a main of its own) the window draws at twice the
// pixels, and the images the app supplies itself carry 2x pixels rather than
// being blown up from 1x.

#include "BasketPanel.h"
#include "BrowserWindow.h"
#include "BundledContent.h"
#include "HandoutActions.h"
#include "HandoutDocument.h"
#include "HandoutSettingsDialog.h"
#include "KindBrowser.h"
#include "KindListPage.h"
#include "LetterBar.h"
#include "TemporarySettings.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPdfWriter>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>

#include <optional>

using namespace huanjiao;

class TestHiDpi : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;
    QTemporaryDir m_dir;

    // An icon drawn for `logical` pixels at ratio 2: 2x pixels, from artwork at least that large.
    static void expectSharp(const QIcon &icon, QSize logical, const QString &what)
    {
        QVERIFY2(!icon.isNull(), qPrintable(what));
        const QPixmap pixmap = icon.pixmap(logical, 2.0);
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QVERIFY2(pixmap.size() == logical * 2, qPrintable(what));
        // actualSize() is the largest artwork that fits: smaller than asked means it would be scaled up.
        const QSize art = icon.actualSize(logical * 2);
        QVERIFY2(art == logical * 2, qPrintable(QStringLiteral("%1: artwork %2x%3 for %4x%5 pixels")
                                                     .arg(what).arg(art.width()).arg(art.height())
                                                     .arg(logical.width() * 2).arg(logical.height() * 2)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(test::useTemporarySettings(m_dir));
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
    }

    void windowDrawsAtTwiceThePixels()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.devicePixelRatio(), 2.0);
        const QPixmap grab = window.grab();
        QCOMPARE(grab.devicePixelRatio(), 2.0);
        QCOMPARE(grab.size(), window.size() * 2);
        // The A-Z bar too (its letters are text, drawn at the device's pixels).
        LetterBar *letters = window.kinds()->listPage(Kind::Condition)->letterBar();
        const QPixmap bar = letters->grab();
        QCOMPARE(bar.devicePixelRatio(), 2.0);
        QCOMPARE(bar.size(), letters->size() * 2);
    }

    void toolbarAndButtonIconsHaveTwiceThePixels()
    {
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        int icons = 0;
        for (QToolBar *toolbar : window.findChildren<QToolBar *>()) {
            for (QAction *action : toolbar->actions()) {
                if (action->icon().isNull() || !action->isVisible())
                    continue;
                expectSharp(action->icon(), toolbar->iconSize(), action->text());
                ++icons;
            }
        }
        QVERIFY(icons >= 5);
        for (QPushButton *button : window.handouts()->basketPanel()->findChildren<QPushButton *>()) {
            if (!button->icon().isNull())
                expectSharp(button->icon(), button->iconSize(), button->text());
        }
    }

    void handoutQrCodeHasTwiceTheScreenPixels()
    {
        const std::optional<Entity> found = m_content.repo().entity(Kind::Condition, QStringLiteral("hemifacial-spasm"));
        QVERIFY(found);
        const Entity topic = *found;
        QPdfWriter writer(m_dir.filePath(QStringLiteral("qr.pdf")));
        HandoutDocument::Options options;
        options.settings.qrTemplate = QStringLiteral("https://example.org/{kind}/{id}");
        HandoutDocument handout({topic}, options, QSizeF(500, 700), &writer);
        const QImage qr = handout.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("handout-qr:1")))
                              .value<QImage>();
        QVERIFY(!qr.isNull());
        // 68 pt on screen at 100 % (print preview) is 68 / 72 * 96 logical pixels.
        const qreal logical = 68.0 / 72.0 * 96.0;
        QVERIFY2(qr.width() >= 2 * logical, qPrintable(QString::number(qr.width())));
    }

    void logoPreviewHasTwiceThePixels()
    {
        QImage logo(600, 300, QImage::Format_RGB32);
        logo.fill(Qt::darkCyan);
        const QString path = m_dir.filePath(QStringLiteral("logo.png"));
        QVERIFY(logo.save(path));
        HandoutSettings settings;
        settings.logoPath = path;
        HandoutSettingsDialog dialog(settings);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QLabel *preview = nullptr;
        for (const QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->pixmap().isNull())
                preview = label;
        }
        QVERIFY(preview);
        const QPixmap pixmap = preview->pixmap();
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        // Shown 40 logical pixels high: 80 real ones, from the 300-pixel logo, not 40 scaled up.
        QCOMPARE(pixmap.height(), 80);
        QCOMPARE(pixmap.deviceIndependentSize().height(), 40.0);
    }
};

int main(int argc, char *argv[])
{
    // Before the application object: the scale factor is read when it starts.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestHiDpi test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hidpi.moc"
