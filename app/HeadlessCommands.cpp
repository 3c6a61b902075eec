// SPDX-License-Identifier: GPL-3.0-or-later
#include "HeadlessCommands.h"

#include "ApplicationSetup.h"
#include "CommandLine.h"
#include "ContentDatabase.h"
#include "CrisisText.h"
#include "CrisisNumbers.h"
#include "DatabaseLocator.h"
#include "DatabaseSchema.h"
#include "EntityJson.h"
#include "EntityUri.h"
#include "InertText.h"
#include "ProgramRoute.h"
#include "Prose.h"
#include "Repository.h"
#include "SetAdminPinCommand.h"
#include "SearchEngine.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSettings>
#include <QTextStream>

namespace huanjiao {

namespace {

// lupdate files a free function's tr() under its namespace; this names the
// context the strings are looked up in at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommands)
};

int version(const CommandLine &commandLine)
{
    QTextStream out(stdout);
    out << "huanjiao " << QStringLiteral(HUANJIAO_VERSION) << '\n'
        << "schema " << DatabaseSchema::kVersion << '\n';
    // A missing database is a fact about the installation, which --version is
    // for checking; a database that is there but unusable is still an error.
    const QString path = HeadlessCommands::databasePath(commandLine);
    OpenError error;
    auto db = ContentDatabase::open(path, &error);
    if (!db && error.code == OpenError::Missing) {
        out << "content: not found (" << path << ")\n";
        return 0;
    }
    if (!db) {
        out.flush();
        QTextStream(stderr) << "huanjiao: " << error.message() << '\n';
        return 1;
    }
    const ContentInfo &info = db->info();
    out << "content " << info.contentVersion << " (" << info.contentName << ", built " << info.buildDate << ")\n";
    for (const auto &layer : info.layers.mid(1))
        out << "overlay " << layer.id << ' ' << layer.version << " (" << layer.name << ")\n";
    return 0;
}

void printText(QTextStream &out, const Entity &entity)
{
    out << entity.ref.name;
    if (!entity.english.isEmpty())
        out << " (" << entity.english << ')';
    out << '\n';
    if (!entity.aliases.isEmpty())
        out << Text::tr("Also called: %1").arg(entity.aliases.join(QStringLiteral("、"))) << '\n';
    if (!entity.summary.isEmpty())
        out << entity.summary << '\n';
    for (const auto &[key, value] : entity.fields)
        out << key << ": " << value << '\n';
    for (const auto &section : entity.sections) {
        out << "\n[" << section.key << "]\n";
        const QString body = proseText(section.body);
        if (!body.isEmpty())
            out << body << '\n';
        for (int i = 0; i < section.items.size(); ++i) {
            const auto &item = section.items.at(i);
            out << i + 1 << ". " << item.title;
            if (!item.type.isEmpty())
                out << " [" << item.type << ']';
            out << '\n' << proseText(item.body) << '\n';
        }
    }
    if (!entity.relations.isEmpty())
        out << '\n';
    for (const auto &relation : entity.relations) {
        out << (relation.incoming ? "<- " : "-> ") << relationTypeName(relation.type) << ": " << relation.other.name << "  "
            << EntityUri{relation.other.kind, relation.other.id}.toString() << '\n';
    }
}

int show(const CommandLine &commandLine)
{
    EntityUri uri;
    if (!EntityUri::parse(commandLine.showUri, &uri)) {
        QTextStream(stderr) << "huanjiao: "
                            << Text::tr("'%1' is not a page address; write huanjiao://KIND/ID, for example "
                                  "huanjiao://condition/hemifacial-spasm")
                                   .arg(commandLine.showUri)
                            << '\n';
        return 2;
    }
    auto db = HeadlessCommands::openDatabase(commandLine);
    if (!db)
        return 1;
    const Repository repository(db->database());
    const auto entity = repository.entity(uri.kind, uri.id);
    // A page read from a damaged file is not printed as if whole.
    if (!repository.error().isEmpty()) {
        QTextStream(stderr) << "huanjiao: " << repository.error() << '\n';
        return 1;
    }
    if (!entity) {
        QTextStream(stderr) << "huanjiao: " << Text::tr("no page %1 in this content database").arg(uri.toString())
                            << '\n';
        return 1;
    }
    QTextStream out(stdout);
    if (commandLine.json)
        out << QJsonDocument(entityToJson(*entity, db->info().sample)).toJson(QJsonDocument::Compact) << '\n';
    else {
        // Content is shown as text, never as terminal control sequences.
        QString text;
        QTextStream page(&text);
        printText(page, *entity);
        page.flush();
        out << InertText::clean(text);
    }
    return 0;
}

int search(const CommandLine &commandLine)
{
    SearchOptions options;
    options.limit = commandLine.limit;
    if (!commandLine.searchKind.isEmpty()) {
        Kind kind;
        if (!kindFromName(commandLine.searchKind, &kind)) {
            QTextStream(stderr) << "huanjiao: " << Text::tr("unknown kind '%1'").arg(commandLine.searchKind) << '\n';
            return 2;
        }
        options.kind = kind;
    }
    auto db = HeadlessCommands::openDatabase(commandLine);
    if (!db)
        return 1;
    SearchEngine engine(db->database());
    const SearchResults results = engine.search(commandLine.searchText, options);
    // Never rows that only look like results.
    if (!results.error.isEmpty()) {
        QTextStream(stderr) << "huanjiao: " << results.error << '\n';
        return 1;
    }
    QTextStream out(stdout);
    // One line a record, fields apart by tabs: content text cannot add either.
    const auto field = [](const QString &text) {
        QString clean = InertText::clean(text);
        return clean.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    };
    if (results.crisis) {
        // Before any result: the same words as the window's card.
        const CrisisNotice &notice = *results.crisis;
        const CrisisNumbers numbers = CrisisNumbers::load(QSettings());
        QString title = CrisisText::title(notice);
        if (notice.kind == CrisisNotice::Kind::Emergency)
            title = title.arg(numbers.emergency);
        const QString message = CrisisText::message(notice, numbers);
        const QString page = notice.page.isEmpty() ? QString() : EntityUri::scheme() + QStringLiteral("://") + notice.page;
        if (commandLine.json) {
            const QJsonObject json{{QStringLiteral("kind"), QStringLiteral("crisis")},
                                   {QStringLiteral("crisis"), crisisKindName(notice.kind)},
                                   {QStringLiteral("title"), title},
                                   {QStringLiteral("message"), message},
                                   {QStringLiteral("mental_health_line"), numbers.mentalHealthLine},
                                   {QStringLiteral("emergency"), numbers.emergency},
                                   {QStringLiteral("police"), numbers.police},
                                   {QStringLiteral("uri"), page},
                                   {QStringLiteral("phrase"), notice.phrase}};
            out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        } else {
            out << "crisis\t" << crisisKindName(notice.kind) << '\t' << title << '\t' << message;
            if (!page.isEmpty())
                out << '\t' << page;
            out << '\n';
        }
    }
    for (const SearchHit &hit : results.hits) {
        const QString label = matchKindLabel(hit.matched, hit.matchedText);
        if (commandLine.json) {
            QJsonObject json = refToJson(hit.ref);
            json.insert(QStringLiteral("title"), hit.ref.name);
            json.insert(QStringLiteral("score"), hit.score);
            json.insert(QStringLiteral("matched"), matchKindName(hit.matched));
            json.insert(QStringLiteral("matched_text"), hit.matchedText);
            json.insert(QStringLiteral("match_label"), label);
            json.insert(QStringLiteral("snippet"), hit.snippet);
            out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
            continue;
        }
        out << kindName(hit.ref.kind) << '\t' << field(hit.ref.name) << '\t'
            << EntityUri{hit.ref.kind, hit.ref.id}.toString() << '\t' << matchKindName(hit.matched);
        if (!label.isEmpty())
            out << '\t' << field(label);
        if (!hit.snippet.isEmpty())
            out << '\t' << field(hit.snippet);
        out << '\n';
    }
    if (results.hits.isEmpty() && commandLine.json) {
        // No dead end: what is near what was typed, one record each.
        for (const EntityRef &ref : results.suggestions) {
            const QJsonObject json{{QStringLiteral("kind"), QStringLiteral("suggestion")},
                                   {QStringLiteral("suggested_kind"), kindName(ref.kind)},
                                   {QStringLiteral("id"), ref.id},
                                   {QStringLiteral("name"), ref.name},
                                   {QStringLiteral("title"), ref.name},
                                   {QStringLiteral("uri"), EntityUri{ref.kind, ref.id}.toString()}};
            out << QJsonDocument(json).toJson(QJsonDocument::Compact) << '\n';
        }
    }
    if (results.hits.isEmpty() && !commandLine.json && !results.suggestions.isEmpty()) {
        QStringList names;
        for (const EntityRef &ref : results.suggestions)
            names << ref.name;
        QTextStream(stderr) << Text::tr("No results. Did you mean: %1").arg(names.join(QStringLiteral("、"))) << '\n';
    }
    return 0;
}

} // namespace

QString HeadlessCommands::databasePath(const CommandLine &commandLine)
{
    return DatabaseLocator::choose(commandLine.database, QSettings());
}

std::unique_ptr<ContentDatabase> HeadlessCommands::openDatabase(const CommandLine &commandLine)
{
    const QString path = databasePath(commandLine);
    OpenError error;
    auto db = ContentDatabase::open(path, &error);
    if (!db)
        QTextStream(stderr) << "huanjiao: " << error.message() << '\n';
    return db;
}

int HeadlessCommands::main(int argc, char *argv[])
{
    if (ProgramRoute::choose(argc, argv) == ProgramRoute::Program::Handout)
        return ProgramRoute::exec(ProgramRoute::Program::Handout, argv);
    QCoreApplication app(argc, argv);
    CommandLine commandLine;
    int exitCode = 0;
    if (!setUp(&app, &commandLine, &exitCode))
        return exitCode;
    return run(commandLine);
}

bool HeadlessCommands::setUp(QCoreApplication *app, CommandLine *commandLine, int *exitCode)
{
    ApplicationSetup::setIdentity();
    ApplicationSetup::installTranslations(app);
    return commandLine->parse(QCoreApplication::arguments(), exitCode);
}

int HeadlessCommands::run(const CommandLine &commandLine)
{
    switch (commandLine.mode) {
    case CommandLine::Mode::Version:
        return version(commandLine);
    case CommandLine::Mode::Show:
        return show(commandLine);
    case CommandLine::Mode::Search:
        return search(commandLine);
    case CommandLine::Mode::SetAdminPin:
        return SetAdminPinCommand::run();
    case CommandLine::Mode::Handout: // huanjiao-handout's; main hands it over
    case CommandLine::Mode::Gui:
        break;
    }
    return 2;
}

} // namespace huanjiao
