// SPDX-License-Identifier: GPL-3.0-or-later
// Finding the way on the kiosk without typing: from the home page a visitor
// reaches a condition in at most three touches, starting from a body area, a
// department or a symptom; the reviewed data behind it (wayfinding.txt) names
// only topics that exist and symptom words the search answers; and every
// pictogram stands out from the page (WCAG 3:1 for graphics) in the light,
// dark and high-contrast themes.

#include "BrowserWindow.h"
#include "BundledContent.h"
#include "DocumentTab.h"
#include "DocumentTabs.h"
#include "EntityUri.h"
#include "KioskController.h"
#include "KioskHomePage.h"
#include "Pictogram.h"
#include "SearchEngine.h"
#include "SearchResultsModel.h"
#include "Sidebar.h"
#include "TemporarySettings.h"
#include "Themes.h"
#include "ViewActions.h"
#include "Wayfinding.h"

#include <QAbstractButton>
#include <QApplication>
#include <QImage>
#include <QListView>
#include <QTest>
#include <QScroller>
#include <QScrollBar>
#include <QWindow>

#include <memory>

using namespace huanjiao;

class TestWayfinding : public QObject
{
    Q_OBJECT

    test::BundledContent m_content;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<BrowserWindow> m_window;
    std::unique_ptr<KioskController> m_kiosk;

    // One kiosk for every test, as one kiosk serves visitor after visitor
    // (cleanup() resets it between them).
    void makeKiosk()
    {
        if (m_kiosk)
            return;
        m_window = std::make_unique<BrowserWindow>(m_content.repo(), m_content.pages(), m_content.search());
        m_kiosk = std::make_unique<KioskController>(m_window.get(), m_content.repo(), KioskSettings(), *m_settings);
        m_kiosk->start();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setWindowState(Qt::WindowNoState);
        m_window->setGeometry(0, 0, 1280, 1024);
        QTest::qWait(20);
        if (qEnvironmentVariableIsSet("NOSCROLLER")) QScroller::ungrabGesture(m_kiosk->homePage()->viewport());
    }

    // Scrolls to the home page's button of that name, as a visitor would, and touches it.
    void touch(const QString &name)
    {
        KioskHomePage *home = m_kiosk->homePage();
        QAbstractButton *button = nullptr; // a common topic is also on the front page, hidden now
        for (QAbstractButton *candidate : home->findChildren<QAbstractButton *>(name)) {
            if (candidate->isVisibleTo(home))
                button = candidate;
        }
        QVERIFY2(button, qPrintable(name + QStringLiteral(" is not on show")));
        QVERIFY(button->height() >= 48);
        home->ensureWidgetVisible(button);
        QTest::qWait(10);
        // A finger's touch takes a moment: the flick scrolling holds a press
        // back until it knows the finger is not moving.
        QTest::mousePress(button, Qt::LeftButton);
        QTest::qWait(100);
        QTest::mouseRelease(button, Qt::LeftButton);
        QTest::qWait(100);
    }

    QUrl currentUrl() const { return m_window->documents()->currentDocument()->url(); }

private slots:
    void initTestCase()
    {
        QVERIFY(test::useTemporarySettings(m_settingsDir));
        QString error;
        QVERIFY2(m_content.open(&error), qPrintable(error));
        m_settings = std::make_unique<QSettings>();
        KioskController::setApplicationFont(KioskSettings());
    }

    void cleanup()
    {
        if (m_kiosk)
            m_kiosk->reset();
    }

    void cleanupTestCase()
    {
        m_kiosk.reset();
        m_window.reset();
    }

    // Every topic the data names exists, every pictogram it names is drawn,
    // every top-level department has one, and every symptom word is answered.
    void theDataLeadsSomewhere()
    {
        const Wayfinding data = Wayfinding::bundled();
        QVERIFY2(data.errors.isEmpty(), qPrintable(data.errors.join(QLatin1Char('\n'))));
        QVERIFY(data.areas.size() >= 7);
        const Repository &repo = m_content.repo();
        for (const Wayfinding::Area &area : data.areas) {
            QVERIFY2(!area.topics.isEmpty() && area.topics.size() <= 12, qPrintable(area.id));
            QVERIFY2(!area.name.isEmpty() && !area.english.isEmpty(), qPrintable(area.id));
            QVERIFY2(!Pictogram::render(area.pictogram, Qt::black, 56).isNull(), qPrintable(area.pictogram));
            for (const Wayfinding::Topic &topic : area.topics)
                QVERIFY2(repo.ref(topic.kind, topic.id).isValid(),
                         qPrintable(QStringLiteral("%1: %2 does not exist").arg(area.id, topic.id)));
        }
        for (const EntityRef &department : repo.childDepartments(0)) {
            const QString pictogram = data.departmentPictograms.value(department.id);
            QVERIFY2(!Pictogram::render(pictogram, Qt::black, 56).isNull(), qPrintable(department.id));
        }
        QVERIFY(data.symptoms.size() >= 12);
        SearchEngine engine(m_content.database());
        SearchOptions conditions;
        conditions.kind = Kind::Condition;
        for (const QString &word : data.symptoms)
            QVERIFY2(!engine.search(word, conditions).hits.isEmpty(), qPrintable(word + QStringLiteral(" finds nothing")));
    }

    void badLinesAreNamed()
    {
        const Wayfinding data = Wayfinding::parse(QStringLiteral("# a comment\n"
                                                                 "@area head head 头颈 | Head\n"
                                                                 "condition/migraine\n"
                                                                 "migraine\n"
                                                                 "@departments x\n"
                                                                 "stray\n"));
        QCOMPARE(data.areas.size(), 1);
        QCOMPARE(data.areas.first().topics.size(), 1);
        QCOMPARE(data.areas.first().english, QStringLiteral("Head"));
        QCOMPARE(data.errors.size(), 3);
        QVERIFY(data.errors.at(0).startsWith(QLatin1String("line 4:")));
        QVERIFY(data.errors.at(1).startsWith(QLatin1String("line 5:")));
        QVERIFY(data.errors.at(2).startsWith(QLatin1String("line 6:")));
    }

    void threeTouchesReachACondition_data()
    {
        QTest::addColumn<QStringList>("touches"); // buttons by name; "result": the first search result
        QTest::addColumn<QString>("condition"); // empty: any condition
        QTest::addRow("body area") << QStringList{QStringLiteral("area_head-neck"), QStringLiteral("topic_migraine")}
                                   << QStringLiteral("migraine");
        QTest::addRow("body area, women")
            << QStringList{QStringLiteral("area_women"), QStringLiteral("topic_dysmenorrhea")}
            << QStringLiteral("dysmenorrhea");
        QTest::addRow("department group")
            << QStringList{QStringLiteral("department_internal-medicine"), QStringLiteral("department_neurology"),
                           QStringLiteral("topic_hemifacial-spasm")}
            << QStringLiteral("hemifacial-spasm");
        QTest::addRow("department")
            << QStringList{QStringLiteral("department_ophthalmology"), QStringLiteral("topic_cataract")}
            << QStringLiteral("cataract");
        QTest::addRow("symptom") << QStringList{QStringLiteral("symptom_头痛"), QStringLiteral("result")} << QString();
        QTest::addRow("symptom, skin") << QStringList{QStringLiteral("symptom_皮肤痒"), QStringLiteral("result")}
                                       << QString();
    }

    void threeTouchesReachACondition()
    {
        QFETCH(QStringList, touches);
        QFETCH(QString, condition);
        QVERIFY(touches.size() <= 3);
        makeKiosk();
        KioskHomePage *home = m_kiosk->homePage();
        QVERIFY(home->isVisible() && home->showsFront());
        for (const QString &name : touches) {
            if (name == QLatin1String("result")) {
                SearchResultsModel *model = m_window->sidebar()->resultsModel();
                QTRY_VERIFY(model->hitCount() > 0);
                QListView *view = m_window->sidebar()->resultsView();
                QTRY_VERIFY(view->isVisible());
                const QRect row = view->visualRect(model->index(model->firstHitRow(), 0));
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
                continue;
            }
            touch(name);
        }
        EntityUri uri;
        QTRY_VERIFY(EntityUri::parse(currentUrl(), &uri) && uri.kind == Kind::Condition);
        if (!condition.isEmpty())
            QCOMPARE(uri.id, condition);
        QVERIFY(!home->isVisible());
        // The next visitor finds the front page again.
        m_kiosk->reset();
        QVERIFY(home->isVisible() && home->showsFront());
    }

    void backReturnsStepByStep()
    {
        makeKiosk();
        KioskHomePage *home = m_kiosk->homePage();
        touch(QStringLiteral("department_internal-medicine"));
        touch(QStringLiteral("department_neurology"));
        auto *back = home->findChild<QAbstractButton *>(QStringLiteral("kioskBack"));
        QVERIFY(back && back->isVisible());
        touch(QStringLiteral("kioskBack"));
        QVERIFY(!home->showsFront());
        QVERIFY(home->findChild<QAbstractButton *>(QStringLiteral("department_neurology")));
        touch(QStringLiteral("kioskBack"));
        QVERIFY(home->showsFront());
    }

    void pictogramsStandOut_data()
    {
        QTest::addColumn<int>("theme");
        QTest::addRow("light") << int(InterfaceSettings::Theme::Light);
        QTest::addRow("dark") << int(InterfaceSettings::Theme::Dark);
        QTest::addRow("high contrast") << int(InterfaceSettings::Theme::HighContrast);
    }

    void pictogramsStandOut()
    {
        QFETCH(int, theme);
        // A kiosk of its own, started in the theme as a kiosk starts (the
        // theme is set before the window is made).
        QSettings store;
        InterfaceSettings interface = InterfaceSettings::load(store);
        interface.theme = InterfaceSettings::Theme(theme);
        interface.save(store);
        store.sync();
        BrowserWindow window(m_content.repo(), m_content.pages(), m_content.search());
        KioskController kiosk(&window, m_content.repo(), KioskSettings(), *m_settings);
        kiosk.start();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(20);
        KioskHomePage *home = kiosk.homePage();
        const QColor page = home->palette().color(QPalette::Base);
        QCOMPARE(page, QApplication::palette().color(QPalette::Base));
        const QColor drawn = home->pictogramColour();
        QVERIFY(home->pictogramButtons().size() >= 16);
        for (QAbstractButton *button : home->pictogramButtons()) {
            const QString name = button->objectName();
            const QImage image = button->grab().toImage();
            // The page shows through the tile: the pictogram is against it.
            const QColor background = image.pixelColor(image.width() / 2, 6);
            QVERIFY2(Pictogram::contrastRatio(background, page) < 1.1,
                     qPrintable(QStringLiteral("%1: tile %2 on page %3").arg(name, background.name(), page.name())));
            // Drawn in that colour, which stands out at 3:1 or more.
            int inColour = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    const QColor pixel = image.pixelColor(x, y);
                    if (qAbs(pixel.red() - drawn.red()) + qAbs(pixel.green() - drawn.green())
                            + qAbs(pixel.blue() - drawn.blue())
                        < 24)
                        ++inColour;
                }
            }
            QVERIFY2(inColour >= 60, qPrintable(QStringLiteral("%1: %2 pixels in %3").arg(name).arg(inColour).arg(drawn.name())));
            const double ratio = Pictogram::contrastRatio(drawn, background);
            QVERIFY2(ratio >= 3.0, qPrintable(QStringLiteral("%1: %2 on %3 is %4:1")
                                                  .arg(name, drawn.name(), background.name())
                                                  .arg(ratio, 0, 'f', 2)));
        }
        interface.theme = InterfaceSettings::Theme::System;
        interface.save(store);
    }

    void contrastRatioIsWcags()
    {
        QCOMPARE(qRound(Pictogram::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(Pictogram::contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the lightest grey that passes 4.5:1.
        QVERIFY(Pictogram::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) > 4.5);
        QVERIFY(Pictogram::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }
};

QTEST_MAIN(TestWayfinding)
#include "tst_wayfinding.moc"
