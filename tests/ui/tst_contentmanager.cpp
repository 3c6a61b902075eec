// SPDX-License-Identifier: GPL-3.0-or-later
// The content manager as a clinic's receptionist uses it: a doctor added
// through the forms and the link picker, published, and found on her
// conditions' pages before the sample doctors; a removed record gone from what
// patients see, and back after undo; a mistake shown while typing, and a
// publish refused while it stands.
#include "ClinicDocument.h"
#include "ClinicLayer.h"
#include "ClinicPaths.h"
#include "ClinicValidation.h"
#include "ContentDatabase.h"
#include "KindPage.h"
#include "LinkPicker.h"
#include "LinkPickerDialog.h"
#include "LiveCheck.h"
#include "ManagerWindow.h"
#include "Pinyin.h"
#include "PreviewPanel.h"
#include "PublishReport.h"
#include "Publisher.h"
#include "RecordForm.h"
#include "Repository.h"
#include "SheetActions.h"
#include "ClinicSheet.h"
#include "HandoutHeaderForm.h"
#include "HandoutHeaderPage.h"
#include "HandoutRenderer.h"
#include "HandoutSettings.h"
#include "PageSource.h"
#include "PdfExport.h"
#include "../PdfTools.h"

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace huanjiao;

namespace {
// Chinese arrives from an input method as a committed string, not as key presses.
void type(QWidget *widget, const QString &text)
{
    QVERIFY(widget);
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

constexpr int kBuildTimeoutMs = 180000; // a whole build of the base, on a busy machine
}

class TestContentManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addDoctorThroughTheFormsAndFindHerFirst();
    void removedRecordDisappearsAndUndoBringsItBack();
    void mistakeShowsWhileTypingAndPublishIsRefused();
    void previewDrawsTheRealPageAndHandout();
    void spreadsheetWithMistakesChangesNothingAndSaysWhere();
    void leafletThroughTheFormsIsOnItsConditionAndPrints();
    void leafletWithABadLinkGetsTheBuildersMessage();
    void handoutHeaderIsEditedHereAndSavedForPrinting();

private:
    void pick(LinkPicker *picker, const QString &search, const QString &expectedId);
    void addClinicHospital();
    void addDoctor(const QString &name, QString *id);
    void addLeaflet(QString *id);
    Publisher::Report publish();
    std::optional<Entity> published(Kind kind, const QString &id);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Pinyin> m_pinyin;
    std::unique_ptr<ClinicValidation> m_validation;
    ClinicPaths m_paths;
    std::unique_ptr<ClinicDocument> m_document;
    std::unique_ptr<ManagerWindow> m_window;
};

void TestContentManager::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // The handout header is kept in the settings: a fresh file for every test, never the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    if (!m_pinyin)
        m_pinyin = std::make_unique<Pinyin>();
    if (!m_validation)
        m_validation = std::make_unique<ClinicValidation>(QStringLiteral(HUANJIAO_TEST_DATABASE));
    QVERIFY2(m_validation->ok(), qPrintable(m_validation->error()));
    m_paths = ClinicPaths::under(m_dir->path(), QStringLiteral(HUANJIAO_TEST_DATABASE));
    m_document = std::make_unique<ClinicDocument>(ClinicLayer(m_paths.layer), *m_validation);
    m_window = std::make_unique<ManagerWindow>(*m_document, *m_pinyin, m_paths);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestContentManager::cleanup()
{
    m_window.reset();
    m_document.reset();
    m_dir.reset();
}

// Opens the picker, types as staff would, takes the first match with Enter.
void TestContentManager::pick(LinkPicker *picker, const QString &search, const QString &expectedId)
{
    QTest::mouseClick(picker->chooseButton(), Qt::LeftButton);
    QTRY_VERIFY(picker->dialog());
    LinkPickerDialog *dialog = picker->dialog();
    if (search.at(0).unicode() < 128)
        QTest::keyClicks(dialog->searchField(), search);
    else
        type(dialog->searchField(), search);
    QVERIFY(dialog->list()->model()->rowCount() > 0);
    QCOMPARE(dialog->chosenIds().value(0), expectedId);
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    QTRY_VERIFY(!picker->dialog());
    QVERIFY(picker->ids().contains(expectedId));
}

void TestContentManager::addClinicHospital()
{
    m_window->pages()->setCurrentWidget(m_window->page(Kind::Hospital));
    KindPage *page = m_window->page(Kind::Hospital);
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    type(qobject_cast<QLineEdit *>(page->form()->editor(QStringLiteral("name"))),
                     QStringLiteral("示例市第一医院"));
    type(qobject_cast<QLineEdit *>(page->form()->editor(QStringLiteral("city"))), QStringLiteral("南昌"));
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    QVERIFY(m_document->record(Kind::Hospital, QStringLiteral("shi-li-shi-di-yi-yi-yuan")));
}

void TestContentManager::addDoctor(const QString &name, QString *id)
{
    m_window->pages()->setCurrentWidget(m_window->page(Kind::Doctor));
    KindPage *page = m_window->page(Kind::Doctor);
    RecordForm *form = page->form();
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    type(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("name"))), name);
    auto *title = qobject_cast<QComboBox *>(form->editor(QStringLiteral("clinical-title")));
    title->setCurrentIndex(title->findText(QStringLiteral("副主任医师")));
    pick(qobject_cast<LinkPicker *>(form->editor(QStringLiteral("works-at"))), QStringLiteral("示例市第一"),
         QStringLiteral("shi-li-shi-di-yi-yi-yuan"));
    pick(qobject_cast<LinkPicker *>(form->editor(QStringLiteral("department"))), QStringLiteral("神经内科"),
         QStringLiteral("neurology"));
    type(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("specialty"))),
                     QStringLiteral("面肌痉挛、眼睑痉挛的肉毒毒素注射治疗"));
    auto *treats = qobject_cast<LinkPicker *>(form->editor(QStringLiteral("treats")));
    pick(treats, QStringLiteral("面肌痉挛"), QStringLiteral("hemifacial-spasm"));
    pick(treats, QStringLiteral("yjjl"), QStringLiteral("blepharospasm")); // pinyin initials of 眼睑痉挛
    QCOMPARE(treats->ids(), (QStringList{QStringLiteral("hemifacial-spasm"), QStringLiteral("blepharospasm")}));
    type(qobject_cast<QPlainTextEdit *>(form->editor(QStringLiteral("profile"))),
                     QStringLiteral("本院神经内科副主任医师，周二上午门诊。"));
    // The form is checked as she types; a whole record has nothing to say.
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->liveCheck()->busy(), kBuildTimeoutMs);
    if (form->messageCount() != 0)
        qWarning() << form->generalMessages()->text();
    QCOMPARE(form->messageCount(), 0);
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    *id = form->id();
}

void TestContentManager::addLeaflet(QString *id)
{
    m_window->pages()->setCurrentWidget(m_window->page(Kind::Leaflet));
    KindPage *page = m_window->page(Kind::Leaflet);
    RecordForm *form = page->form();
    QTest::mouseClick(page->newButton(), Qt::LeftButton);
    type(qobject_cast<QLineEdit *>(form->editor(QStringLiteral("name"))), QStringLiteral("无痛胃镜检查须知"));
    type(qobject_cast<QPlainTextEdit *>(form->editor(QStringLiteral("body"))),
         QStringLiteral("- 检查前按通知的时间空腹，不吃东西、不喝水。\n- 带上以前的检查报告和正在用的药的名字。\n\n"
                        "有不清楚的地方，请问护士。"));
    auto *about = qobject_cast<LinkPicker *>(form->editor(QStringLiteral("about")));
    pick(about, QStringLiteral("慢性胃炎"), QStringLiteral("chronic-gastritis"));
    pick(qobject_cast<LinkPicker *>(form->editor(QStringLiteral("source"))), QStringLiteral("患教编辑部"),
         QStringLiteral("huanjiao-editorial"));
    auto *status = qobject_cast<QComboBox *>(form->editor(QStringLiteral("status")));
    status->setCurrentIndex(status->findData(QStringLiteral("draft")));
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->liveCheck()->busy(), kBuildTimeoutMs);
    if (form->messageCount() != 0)
        qWarning() << form->generalMessages()->text();
    QCOMPARE(form->messageCount(), 0);
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    *id = form->id();
}

Publisher::Report TestContentManager::publish()
{
    QSignalSpy finished(m_window->publisher(), &Publisher::finished);
    m_window->publishAction()->trigger();
    if (!finished.wait(kBuildTimeoutMs))
        return {};
    return finished.first().first().value<Publisher::Report>();
}

std::optional<Entity> TestContentManager::published(Kind kind, const QString &id)
{
    OpenError error;
    const auto database = ContentDatabase::open(m_window->publisher()->output(), &error);
    if (!database)
        return std::nullopt;
    return Repository(database->database()).entity(kind, id);
}

void TestContentManager::addDoctorThroughTheFormsAndFindHerFirst()
{
    addClinicHospital();
    QString id;
    addDoctor(QStringLiteral("林晓燕"), &id);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(id, QStringLiteral("lin-xiao-yan")); // from her name's pinyin, never typed
    // Saved to the clinic's own folder at once: read back, she is there.
    ClinicLayer saved(m_paths.layer);
    Diagnostics diagnostics;
    QVERIFY(saved.load(&diagnostics));
    const auto record = saved.record(Kind::Doctor, id);
    QVERIFY(record);
    QCOMPARE(record->value(QStringLiteral("treats")), QStringLiteral("hemifacial-spasm, blepharospasm"));

    const Publisher::Report report = publish();
    QVERIFY2(report.published, qPrintable(report.problems.join(QLatin1Char('\n'))));
    QCOMPARE(m_window->report()->summary()->text(), report.summary);

    for (const QString &condition : {QStringLiteral("hemifacial-spasm"), QStringLiteral("blepharospasm")}) {
        const auto page = published(Kind::Condition, condition);
        QVERIFY(page);
        const QList<EntityRef> doctors = page->related(RelationType::TreatedBy);
        QVERIFY2(doctors.size() > 1, "the sample doctors are still listed");
        QCOMPARE(doctors.first().id, id);
    }
}

void TestContentManager::removedRecordDisappearsAndUndoBringsItBack()
{
    addClinicHospital();
    QString id;
    addDoctor(QStringLiteral("周敏"), &id);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(publish().published);
    QVERIFY(published(Kind::Doctor, id));

    KindPage *page = m_window->page(Kind::Doctor);
    QVERIFY(page->select(id));
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    QVERIFY(!m_document->record(Kind::Doctor, id));
    QCOMPARE(page->list()->model()->rowCount(), 0);
    QVERIFY(publish().published);
    QVERIFY(!published(Kind::Doctor, id));
    const auto condition = published(Kind::Condition, QStringLiteral("hemifacial-spasm"));
    for (const EntityRef &doctor : condition->related(RelationType::TreatedBy))
        QVERIFY(doctor.id != id);

    QVERIFY(m_window->undoAction()->isEnabled());
    m_window->undoAction()->trigger();
    QVERIFY(m_document->record(Kind::Doctor, id));
    QCOMPARE(page->list()->model()->rowCount(), 1);
    QCOMPARE(page->form()->id(), id);
    QVERIFY(publish().published);
    QVERIFY(published(Kind::Doctor, id));
}

void TestContentManager::mistakeShowsWhileTypingAndPublishIsRefused()
{
    addClinicHospital();
    QString id;
    addDoctor(QStringLiteral("陈静"), &id);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(publish().published);

    KindPage *page = m_window->page(Kind::Doctor);
    RecordForm *form = page->form();
    QVERIFY(page->select(id));
    // The name is required: emptied, the form says so next to it.
    auto *name = qobject_cast<QLineEdit *>(form->editor(QStringLiteral("name")));
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(form->messageLabel(QStringLiteral("name"))->isVisible(), kBuildTimeoutMs);
    QVERIFY(!form->messageLabel(QStringLiteral("name"))->text().isEmpty());
    QVERIFY(!form->messageLabel(QStringLiteral("specialty"))->isVisible());
    // Typing it again takes the message away.
    type(name, QStringLiteral("陈静"));
    QTRY_VERIFY_WITH_TIMEOUT(!form->messageLabel(QStringLiteral("name"))->isVisible(), kBuildTimeoutMs);

    // A title that is not one of the allowed ones (from a file, say: the
    // drop-down offers only those) is shown, and the builder's message with it.
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    SourceRecord misspelt = *m_document->record(Kind::Doctor, id);
    for (auto &f : misspelt.fields) {
        if (f.key == QLatin1String("clinical-title"))
            f.value = QStringLiteral("主治医生");
    }
    QString error;
    QVERIFY(m_document->put(misspelt, &error));
    QVERIFY(page->select(id));
    QCOMPARE(qobject_cast<QComboBox *>(form->editor(QStringLiteral("clinical-title")))->currentText(),
             QStringLiteral("主治医生"));
    m_window->liveCheck()->checkSoon();
    QTRY_VERIFY_WITH_TIMEOUT(form->messageLabel(QStringLiteral("clinical-title"))->isVisible(), kBuildTimeoutMs);
    QVERIFY2(form->messageLabel(QStringLiteral("clinical-title"))->text().contains(QStringLiteral("主治医师")),
             qPrintable(form->messageLabel(QStringLiteral("clinical-title"))->text()));
    m_window->undoAction()->trigger();

    // Saved with the mistake, nothing is lost, but nothing is published either.
    name->clear();
    QTest::mouseClick(page->saveButton(), Qt::LeftButton);
    const Publisher::Report refused = publish();
    QVERIFY(!refused.published);
    QVERIFY(!refused.problems.isEmpty());
    QVERIFY(m_window->report()->problems()->isVisible());
    QCOMPARE(m_window->report()->problems()->count(), refused.problems.size());
    // What patients see is what was published before.
    const auto before = published(Kind::Doctor, id);
    QVERIFY(before);
    QCOMPARE(before->ref.name, QStringLiteral("陈静"));
}

void TestContentManager::previewDrawsTheRealPageAndHandout()
{
    addClinicHospital();
    QString id;
    addDoctor(QStringLiteral("王丽"), &id);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy shown(m_window->preview(), &PreviewPanel::shown);
    m_window->previewAction()->trigger();
    QVERIFY(shown.wait(kBuildTimeoutMs));
    QVERIFY(shown.first().first().toBool());
    const QString text = m_window->preview()->page()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("王丽")), qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("面肌痉挛")));
    QVERIFY(!m_window->preview()->handoutImage().isNull());
}

// A leaflet of the clinic's, written in the forms and linked to a condition
// with the picker: published, it is on that condition's page, and it prints
// as a handout with its title, its text and the clinic's header.
void TestContentManager::leafletThroughTheFormsIsOnItsConditionAndPrints()
{
    QString id;
    addLeaflet(&id);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(id, QStringLiteral("wu-tong-wei-jing-jian-cha-xu-zhi")); // from its title's pinyin
    const Publisher::Report report = publish();
    QVERIFY2(report.published, qPrintable(report.problems.join(QLatin1Char('\n'))));

    OpenError error;
    const auto database = ContentDatabase::open(m_window->publisher()->output(), &error);
    QVERIFY2(database, qPrintable(error.message()));
    Repository repository(database->database());
    const auto condition = repository.entity(Kind::Condition, QStringLiteral("chronic-gastritis"));
    QVERIFY(condition);
    bool listed = false;
    for (const Relation &r : condition->relations)
        listed |= r.incoming && r.type == RelationType::About && r.other.kind == Kind::Leaflet && r.other.id == id;
    QVERIFY(listed);
    PageSource pages(repository, database->info());
    const QString page = pages.page(QUrl(QStringLiteral("huanjiao://condition/chronic-gastritis"))).html;
    QVERIFY(page.contains(QStringLiteral("huanjiao://leaflet/%1").arg(id)));
    QVERIFY(page.contains(QStringLiteral("无痛胃镜检查须知")));
    const QString own = pages.page(QUrl(QStringLiteral("huanjiao://leaflet/%1").arg(id))).html;
    QVERIFY(own.contains(QStringLiteral("不吃东西、不喝水")));
    QVERIFY(own.contains(QStringLiteral("huanjiao://condition/chronic-gastritis")));

    const auto leaflet = repository.entity(Kind::Leaflet, id);
    QVERIFY(leaflet);
    HandoutRenderer::Options options;
    options.settings.clinicName = QStringLiteral("示例社区卫生服务中心");
    options.settings.phone = QStringLiteral("0791-8888-6666");
    options.sampleContent = database->info().sample;
    // The kiosk's one-page handout of a leaflet is the whole leaflet.
    options.layout = HandoutDocument::Layout::Summary;
    HandoutRenderer renderer({*leaflet}, options);
    const QString pdf = m_dir->filePath(QStringLiteral("leaflet.pdf"));
    const PdfExport::Result written = PdfExport::write(renderer, QPageSize::A4, pdf, leaflet->ref.name);
    QVERIFY2(written.ok, qPrintable(written.message));
    QCOMPARE(written.pages, 1);
    const QString text = PdfTools::squeezed(PdfTools::text(pdf).text);
    for (const QString &expected : {QStringLiteral("无痛胃镜检查须知"), QStringLiteral("不吃东西、不喝水"),
                                    QStringLiteral("有不清楚的地方，请问护士"), QStringLiteral("示例社区卫生服务中心"),
                                    QStringLiteral("0791-8888-6666")})
        QVERIFY2(text.contains(PdfTools::squeezed(expected)), qPrintable(expected + QStringLiteral(" in ") + text));
}

// A link to a condition that does not exist (written in a file, say: the
// picker offers only real ones) is shown at its field with the builder's
// own message and what was meant.
void TestContentManager::leafletWithABadLinkGetsTheBuildersMessage()
{
    QString id;
    addLeaflet(&id);
    if (QTest::currentTestFailed())
        return;
    SourceRecord misspelt = *m_document->record(Kind::Leaflet, id);
    for (auto &f : misspelt.fields) {
        if (f.key == QLatin1String("about"))
            f.value = QStringLiteral("chronic-gastritsi");
    }
    QString error;
    QVERIFY(m_document->put(misspelt, &error));
    KindPage *page = m_window->page(Kind::Leaflet);
    QVERIFY(page->select(id));
    RecordForm *form = page->form();
    m_window->liveCheck()->checkSoon();
    QTRY_VERIFY_WITH_TIMEOUT(form->messageLabel(QStringLiteral("about"))->isVisible(), kBuildTimeoutMs);
    const QString message = form->messageLabel(QStringLiteral("about"))->text();
    QVERIFY2(message.contains(QStringLiteral("condition/chronic-gastritsi")) && message.contains(QStringLiteral("chronic-gastritis'")),
             qPrintable(message));
    const Publisher::Report refused = publish();
    QVERIFY(!refused.published);
    QVERIFY2(refused.problems.join(QLatin1Char('\n')).contains(QStringLiteral("chronic-gastritsi")),
             qPrintable(refused.problems.join(QLatin1Char('\n'))));
}

// The handout header is edited in the manager with the same form as the
// browser's Handout Settings, and saved where the browser prints it from.
void TestContentManager::handoutHeaderIsEditedHereAndSavedForPrinting()
{
    {
        QSettings settings;
        HandoutSettings before;
        before.paper = QPageSize::Letter;
        before.save(settings);
    }
    HandoutHeaderPage *header = m_window->headerPage();
    QVERIFY(header);
    m_window->pages()->setCurrentWidget(header);
    type(header->form()->clinicName(), QStringLiteral("示例社区卫生服务中心"));
    type(header->form()->phone(), QStringLiteral("0791-8888-6666"));
    QTest::keyClicks(header->form()->qrLink(), QStringLiteral("https://clinic.example/t/"));
    QTest::mouseClick(header->saveButton(), Qt::LeftButton);
    // A link without {id} is refused and nothing is saved.
    QVERIFY(header->status()->text().contains(QStringLiteral("{id}")));
    QVERIFY(HandoutSettings::load(QSettings()).clinicName.isEmpty());
    QTest::keyClicks(header->form()->qrLink(), QStringLiteral("{id}"));
    QTest::mouseClick(header->saveButton(), Qt::LeftButton);
    const HandoutSettings saved = HandoutSettings::load(QSettings());
    QCOMPARE(saved.clinicName, QStringLiteral("示例社区卫生服务中心"));
    QCOMPARE(saved.phone, QStringLiteral("0791-8888-6666"));
    QCOMPARE(saved.qrTemplate, QStringLiteral("https://clinic.example/t/{id}"));
    QCOMPARE(saved.paper, QPageSize::Letter); // what the form does not show stays as it was
}

// A sheet as a spreadsheet program saves it: a header of Chinese column
// names, a row per doctor; rows 3 and 4 have mistakes.
void TestContentManager::spreadsheetWithMistakesChangesNothingAndSaysWhere()
{
    const QStringList keys = ClinicSheet::columns(Kind::Doctor);
    QStringList header;
    for (const QString &key : keys)
        header.append(ClinicSheet::header(Kind::Doctor, key));
    const auto row = [&keys](const QHash<QString, QString> &values) {
        QStringList cells;
        for (const QString &key : keys)
            cells.append(values.value(key));
        return cells.join(QLatin1Char(','));
    };
    const auto doctor = [](const QString &name, const QString &title) {
        return QHash<QString, QString>{{QStringLiteral("name"), name},
                                       {QStringLiteral("clinical-title"), title},
                                       {QStringLiteral("works-at"), QStringLiteral("江西省胸科医院")},
                                       {QStringLiteral("department"), QStringLiteral("神经内科")},
                                       {QStringLiteral("specialty"), QStringLiteral("头痛")}};
    };
    const QString path = m_dir->filePath(QStringLiteral("doctors.csv"));
    const auto write = [&](const QStringList &rows) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write((QStringList{header.join(QLatin1Char(','))} + rows).join(QStringLiteral("\r\n")).toUtf8());
    };
    write({row(doctor(QStringLiteral("甲医生"), QStringLiteral("主任医师"))),
           row(doctor(QStringLiteral("乙医生"), QStringLiteral("主治医生"))),
           row(doctor(QString(), QStringLiteral("住院医师")))});

    const Publisher::Report refused = m_window->sheets()->importSheet(Kind::Doctor, path);
    QVERIFY(!refused.published);
    QVERIFY2(refused.problems.size() >= 2, qPrintable(refused.problems.join(QLatin1Char('\n'))));
    QStringList rows;
    for (const QString &problem : refused.problems)
        rows.append(problem.section(QLatin1Char(':'), 0, 0).section(QLatin1Char(','), 0, 0));
    rows.removeDuplicates();
    QCOMPARE(rows, (QStringList{QStringLiteral("row 3"), QStringLiteral("row 4")}));
    QVERIFY(m_document->records(Kind::Doctor).isEmpty()); // nothing written
    m_window->report()->show(refused);
    QCOMPARE(m_window->report()->problems()->count(), refused.problems.size());

    write({row(doctor(QStringLiteral("甲医生"), QStringLiteral("主任医师"))),
           row(doctor(QStringLiteral("乙医生"), QStringLiteral("主治医师")))});
    const Publisher::Report imported = m_window->sheets()->importSheet(Kind::Doctor, path);
    QVERIFY2(imported.published, qPrintable(imported.problems.join(QLatin1Char('\n'))));
    QCOMPARE(m_document->records(Kind::Doctor).size(), 2);
    QCOMPARE(m_window->page(Kind::Doctor)->list()->model()->rowCount(), 2);
    // One step back takes the whole sheet away.
    m_window->undoAction()->trigger();
    QVERIFY(m_document->records(Kind::Doctor).isEmpty());
}

QTEST_MAIN(TestContentManager)
#include "tst_contentmanager.moc"
