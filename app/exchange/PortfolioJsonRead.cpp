#include "exchange/PortfolioJson.h"
#include "exchange/PortfolioJsonKeys.h"
#include "exchange/SegmentNames.h"
#include "scoring/CostModel.h"
#include "scoring/JsonFields.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <cmath>
#include <utility>

namespace tollgate
{

namespace
{

class PortfolioJsonText
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioJson)
};

// Years before or after these are typing mistakes, not plans (as in the evaluate request).
constexpr int kEarliestYear = 1900;
constexpr int kLatestYear = 2200;
constexpr double kLargestExactInteger = 9007199254740992.0; // 2^53

QStringList keyList(std::initializer_list<const char*> keys)
{
    QStringList list;
    for (const char* key : keys)
        list.append(QLatin1String(key));
    return list;
}

// A whole number that a double holds exactly (ids, money, counts).
Result<qint64> readWhole(const QJsonValue& value, const QString& path)
{
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::floor(number) != number ||
        std::fabs(number) > kLargestExactInteger) {
        return Error::at(path, PortfolioJsonText::tr("%1 must be a whole number; got %2.")
                                   .arg(path, json::describe(value)));
    }
    return static_cast<qint64>(number);
}

// A key as the reader is given it: a literal of the format, or a name from the file itself (an
// attendee in `votes`).
class Key
{
public:
    Key(const char* key) : m_text(QLatin1String(key)) {}
    Key(const QString& key) : m_text(key) {}
    const QString& text() const { return m_text; }

private:
    QString m_text;
};

// Reads the keys of one JSON object into domain fields. The first fault is kept and every later
// read is skipped, so a sequence of reads needs one check at its end.
class FieldReader
{
public:
    FieldReader(const QJsonObject& object, QString path) : m_object(object), m_path(std::move(path))
    {
    }

    const QString& path() const { return m_path; }
    QString pathOf(const Key& key) const { return json::childPath(m_path, key.text()); }
    QJsonValue value(const Key& key) const { return m_object.value(key.text()); }
    bool given(const Key& key) const { return json::isGiven(value(key)); }

    bool ok() const { return !m_error; }
    Status status() const { return m_error ? Status(*m_error) : Status(); }
    void fail(const Error& error)
    {
        if (!m_error)
            m_error = error;
    }
    void check(const Status& s)
    {
        if (!s)
            fail(s.error());
    }
    // Runs `read` on a value the object has, unless an earlier read failed.
    template <typename T, typename Read>
    bool take(const Key& key, Read read, T& target)
    {
        if (!ok() || !given(key))
            return false;
        Result<T> r = read(value(key), pathOf(key));
        if (!r) {
            fail(r.error());
            return false;
        }
        target = std::move(*r);
        return true;
    }

    void refuseUnknownKeys(const QStringList& known)
    {
        if (ok())
            check(json::refuseUnknownKeys(m_object, known, m_path));
    }

    void require(const Key& key)
    {
        if (ok() && !given(key)) {
            fail(Error::at(pathOf(key), PortfolioJsonText::tr("%1 is required.").arg(pathOf(key))));
        }
    }

    void text(const Key& key, QString& target) { take(key, json::readText, target); }

    void nonEmptyText(const Key& key, QString& target)
    {
        require(key);
        if (take(key, json::readText, target) && target.trimmed().isEmpty())
            fail(Error::at(pathOf(key),
                           PortfolioJsonText::tr("%1 must not be empty.").arg(pathOf(key))));
    }

    void flag(const Key& key, bool& target) { take(key, json::readBool, target); }

    void year(const Key& key, std::optional<int>& target)
    {
        int year = 0;
        if (!take(key, json::readInteger, year))
            return;
        if (year < kEarliestYear || year > kLatestYear) {
            fail(Error::at(pathOf(key), PortfolioJsonText::tr("%1 must be a year from %2 to %3; "
                                                              "got %4.")
                                            .arg(pathOf(key))
                                            .arg(kEarliestYear)
                                            .arg(kLatestYear)
                                            .arg(year)));
            return;
        }
        target = year;
    }

    void count(const Key& key, std::optional<qint64>& target)
    {
        qint64 number = 0;
        if (!take(key, readWhole, number))
            return;
        if (number < 0)
            failNegative(key);
        else
            target = number;
    }

    void amount(const Key& key, std::optional<double>& target)
    {
        double number = 0;
        if (!take(key, json::readNumber, number))
            return;
        if (number < 0)
            failNegative(key);
        else
            target = number;
    }

    void date(const Key& key, QDate& target)
    {
        require(key);
        QString text;
        if (!take(key, json::readText, text))
            return;
        target = QDate::fromString(text, Qt::ISODate);
        if (!target.isValid() || text.size() != 10) {
            fail(Error::at(pathOf(key),
                           PortfolioJsonText::tr("%1 must be a date written YYYY-MM-DD; got "
                                                 "\"%2\".")
                               .arg(pathOf(key), text)));
        }
    }

    void time(const Key& key, QDateTime& target)
    {
        QString text;
        if (!take(key, json::readText, text))
            return;
        target = QDateTime::fromString(text, Qt::ISODate);
        if (!target.isValid()) {
            fail(Error::at(pathOf(key), PortfolioJsonText::tr("%1 must be a time written "
                                                              "YYYY-MM-DDThh:mm:ssZ; got \"%2\".")
                                            .arg(pathOf(key), text)));
            return;
        }
        target = target.toUTC();
    }

    void textList(const Key& key, QStringList& target)
    {
        QJsonArray array;
        if (!take(key, json::readArray, array))
            return;
        for (int i = 0; i < array.size() && ok(); ++i) {
            Result<QString> item = json::readText(array[i], json::indexPath(pathOf(key), i));
            if (item)
                target.append(*item);
            else
                fail(item.error());
        }
    }

    // A value from a fixed list of keys ("diligence", "approve", …).
    template <typename Enum>
    void choice(const Key& key, std::optional<Enum> (*fromKey)(const QString&),
                const QStringList& allowed, Enum& target)
    {
        QString text;
        if (!take(key, json::readText, text))
            return;
        if (std::optional<Enum> parsed = fromKey(text)) {
            target = *parsed;
            return;
        }
        fail(
            Error::at(pathOf(key), PortfolioJsonText::tr("%1 must be one of %2; got \"%3\".")
                                       .arg(pathOf(key), allowed.join(QLatin1String(", ")), text)));
    }

private:
    void failNegative(const Key& key)
    {
        fail(Error::at(pathOf(key), PortfolioJsonText::tr("%1 must not be negative; got %2.")
                                        .arg(pathOf(key), json::describe(value(key)))));
    }

    const QJsonObject& m_object;
    QString m_path;
    std::optional<Error> m_error;
};

// The objects of an array, each with its path ("projects[3]").
template <typename ReadOne>
Status readEach(const QJsonValue& value, const QString& path, ReadOne readOne)
{
    if (!json::isGiven(value))
        return {};
    Result<QJsonArray> array = json::readArray(value, path);
    if (!array)
        return array.error();
    for (int i = 0; i < array->size(); ++i) {
        const QString itemPath = json::indexPath(path, i);
        Result<QJsonObject> object = json::readObject(array->at(i), itemPath);
        if (!object)
            return object.error();
        if (Status s = readOne(*object, itemPath, i); !s)
            return s;
    }
    return {};
}

// The objects of an array read into a list, in order.
template <typename T, typename ReadOne>
Status readList(const QJsonValue& value, const QString& path, QList<T>& list, ReadOne readOne)
{
    return readEach(value, path,
                    [&](const QJsonObject& object, const QString& itemPath, int index) {
                        T item;
                        if (Status s = readOne(object, itemPath, index, item); !s)
                            return s;
                        list.append(std::move(item));
                        return Status();
                    });
}

// Cost inputs one by one: each given value is checked against the cost model's own rules by
// validating it among inputs that are otherwise valid, so the message is the model's.
Status readCostInputs(FieldReader& parent, CostInputs& cost)
{
    QJsonObject object;
    if (!parent.take("cost", json::readObject, object))
        return parent.status();
    FieldReader fields(object, parent.pathOf("cost"));
    QStringList known;
    for (const auto& k : portfoliojson::costKeys())
        known.append(k.key);
    fields.refuseUnknownKeys(known);
    const CostInputs valid{1.0, 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 10.0};
    for (const auto& k : portfoliojson::costKeys()) {
        double number = 0;
        if (!fields.take(QString(k.key), json::readNumber, number))
            continue;
        CostInputs probe = valid;
        probe.*k.field = number;
        Result<CostParams> checked = validateCostInputs(probe, fields.path() + QLatin1Char('.'));
        if (checked)
            cost.*k.field = number;
        else
            fields.fail(checked.error());
    }
    return fields.status();
}

Status readMarketInputs(FieldReader& parent, MarketInputs& market)
{
    QJsonObject object;
    if (!parent.take("market", json::readObject, object))
        return parent.status();
    FieldReader fields(object, parent.pathOf("market"));
    fields.refuseUnknownKeys(keyList({"tam_cny", "sam_cny", "cagr", "payers"}));
    fields.amount("tam_cny", market.tamCny);
    fields.amount("sam_cny", market.samCny);
    double cagr = 0;
    if (fields.take("cagr", json::readNumber, cagr)) {
        if (cagr <= -1) {
            fields.fail(
                Error::at(fields.pathOf("cagr"),
                          PortfolioJsonText::tr("%1 must be greater than -1 (a fall of "
                                                "100 %); got %2.")
                              .arg(fields.pathOf("cagr"), json::describe(fields.value("cagr")))));
        } else {
            market.cagr = cagr;
        }
    }
    fields.count("payers", market.payers);
    return fields.status();
}

Status readCriterion(const QJsonObject& object, const QString& path, CriterionEntry& entry)
{
    FieldReader fields(object, path);
    fields.refuseUnknownKeys(keyList({"score", "evidence", "confidence"}));
    if (fields.given("score")) {
        const QJsonValue value = fields.value("score");
        const double number = value.toDouble();
        if (!value.isDouble() || std::floor(number) != number || number < 0 || number > 5) {
            fields.fail(Error::at(fields.pathOf("score"),
                                  PortfolioJsonText::tr("%1 must be a whole number from 0 to 5, "
                                                        "or null for not scored; got %2.")
                                      .arg(fields.pathOf("score"), json::describe(value))));
        } else {
            entry.score = static_cast<int>(number);
        }
    }
    fields.text("evidence", entry.evidence);
    fields.choice("confidence", confidenceFromKey, keyList({"low", "medium", "high", "\"\""}),
                  entry.confidence);
    return fields.status();
}

Status readCriteria(FieldReader& parent, const Template& t, Scorecard& card)
{
    QJsonObject object;
    if (!parent.take("criteria", json::readObject, object))
        return parent.status();
    const QString path = parent.pathOf("criteria");
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString itemPath = json::childPath(path, it.key());
        if (!t.criterion(it.key())) {
            return Error::at(itemPath, PortfolioJsonText::tr("%1: %2 is not a criterion of the "
                                                             "template.")
                                           .arg(itemPath, it.key()));
        }
        Result<QJsonObject> entry = json::readObject(it.value(), itemPath);
        if (!entry)
            return entry.error();
        if (Status s = readCriterion(*entry, itemPath, card.entries[it.key()]); !s)
            return s;
    }
    return {};
}

Status readScorecard(const QJsonObject& object, const QString& path, const Template& t,
                     Scorecard& card)
{
    FieldReader fields(object, path);
    fields.refuseUnknownKeys(
        keyList({"analyst", "date", "template", "template_version", "submitted", "criteria",
                 "market", "cost", "created", "updated"}));
    fields.nonEmptyText("analyst", card.analyst);
    fields.date("date", card.date);
    // The version of the template it was scored on: storage links the scorecard to that stored
    // version, or to the current one when the database lacks it. Only the default template
    // exists, so its name is accepted as written and not used.
    QString templateName;
    fields.text("template", templateName);
    if (fields.take("template_version", json::readInteger, card.templateVersion) &&
        card.templateVersion < 1) {
        fields.fail(Error::at(fields.pathOf("template_version"),
                              PortfolioJsonText::tr("%1 must be 1 or more; got %2.")
                                  .arg(fields.pathOf("template_version"))
                                  .arg(card.templateVersion)));
    }
    fields.flag("submitted", card.submitted);
    fields.time("created", card.created);
    fields.time("updated", card.updated);
    if (!fields.ok())
        return fields.status();
    if (Status s = readCriteria(fields, t, card); !s)
        return s;
    if (Status s = readMarketInputs(fields, card.market); !s)
        return s;
    return readCostInputs(fields, card.cost);
}

class DocumentReader
{
public:
    DocumentReader(const QList<Segment>& knownSegments, const Template& t)
        : m_segments(knownSegments), m_template(t)
    {
    }

    Result<PortfolioDocument> read(const QJsonObject& root)
    {
        if (Status s = readSegments(root.value(QLatin1String("segments"))); !s)
            return s.error();
        if (Status s = readProjects(root.value(QLatin1String("projects"))); !s)
            return s.error();
        if (Status s = readMeetings(root.value(QLatin1String("meetings"))); !s)
            return s.error();
        return std::move(m_document);
    }

private:
    Status readSegments(const QJsonValue& value)
    {
        return readEach(
            value, QStringLiteral("segments"),
            [this](const QJsonObject& object, const QString& path, int index) {
                Segment s;
                s.position = index;
                FieldReader fields(object, path);
                fields.refuseUnknownKeys(keyList({"key", "name_en", "name_zh", "colour"}));
                fields.nonEmptyText("key", s.key);
                fields.text("name_en", s.nameEn);
                fields.text("name_zh", s.nameZh);
                fields.text("colour", s.colour);
                if (!fields.ok())
                    return fields.status();
                s.key = s.key.trimmed();
                if (!addSegment(s)) {
                    return Status(
                        Error::at(fields.pathOf("key"),
                                  PortfolioJsonText::tr("%1: the segment \"%2\" is listed "
                                                        "twice.")
                                      .arg(fields.pathOf("key"), s.key)));
                }
                return Status();
            });
    }

    // Segments of the file that the database lacks become known for the projects that follow.
    bool addSegment(const Segment& s)
    {
        for (const Segment& listed : std::as_const(m_document.segments)) {
            if (listed.key == s.key)
                return false;
        }
        m_document.segments.append(s);
        bool known = false;
        for (const Segment& k : std::as_const(m_segments))
            known = known || k.key == s.key;
        if (!known)
            m_segments.append(s);
        return true;
    }

    Status readProjects(const QJsonValue& value)
    {
        return readList(value, QStringLiteral("projects"), m_document.projects,
                        [this](const QJsonObject& object, const QString& path, int index,
                               ProjectBundle& bundle) {
                            if (Status s = readProject(object, path, bundle); !s)
                                return s;
                            return registerProjectId(bundle.project.id, path, index);
                        });
    }

    // Ids link agenda items to projects, so two projects may not share one.
    Status registerProjectId(qint64 id, const QString& path, int index)
    {
        if (id == 0)
            return {};
        if (m_projectIds.contains(id)) {
            const QString field = json::childPath(path, QStringLiteral("id"));
            return Error::at(field, PortfolioJsonText::tr("%1: the id %2 is used by projects[%3] "
                                                          "too.")
                                        .arg(field)
                                        .arg(id)
                                        .arg(m_projectIds.value(id)));
        }
        m_projectIds.insert(id, index);
        return {};
    }

    Status readProject(const QJsonObject& object, const QString& path, ProjectBundle& bundle)
    {
        Project& p = bundle.project;
        FieldReader fields(object, path);
        fields.refuseUnknownKeys(keyList({"id",
                                          "name",
                                          "segment",
                                          "stage",
                                          "round",
                                          "valuation_cny",
                                          "ask_cny",
                                          "city",
                                          "founded_year",
                                          "description",
                                          "tags",
                                          "lead_analyst",
                                          "exit_route",
                                          "expected_exit_year",
                                          "fund_end_year",
                                          "dominant_incumbent",
                                          "archived",
                                          "created",
                                          "updated",
                                          "scorecards"}));
        fields.take("id", readWhole, p.id);
        fields.nonEmptyText("name", p.name);
        fields.require("segment");
        QString segment;
        fields.text("segment", segment);
        if (fields.ok()) {
            if (std::optional<QString> key = findSegmentKey(m_segments, segment)) {
                p.segmentKey = *key;
            } else {
                fields.fail(Error::at(fields.pathOf("segment"),
                                      PortfolioJsonText::tr("%1: \"%2\" is not a known segment "
                                                            "key or name.")
                                          .arg(fields.pathOf("segment"), segment)));
            }
        }
        fields.choice("stage", stageFromKey, stageKeys(), p.stage);
        fields.text("round", p.round);
        fields.count("valuation_cny", p.valuationCny);
        fields.count("ask_cny", p.askCny);
        fields.text("city", p.city);
        fields.year("founded_year", p.foundedYear);
        fields.text("description", p.description);
        fields.textList("tags", p.tags);
        fields.text("lead_analyst", p.leadAnalyst);
        fields.text("exit_route", p.exitRoute);
        fields.year("expected_exit_year", p.expectedExitYear);
        fields.year("fund_end_year", p.fundEndYear);
        fields.flag("dominant_incumbent", p.dominantIncumbent);
        fields.flag("archived", p.archived);
        fields.time("created", p.created);
        fields.time("updated", p.updated);
        if (!fields.ok())
            return fields.status();
        return readList(
            fields.value("scorecards"), fields.pathOf("scorecards"), bundle.scorecards,
            [this](const QJsonObject& card, const QString& cardPath, int, Scorecard& s) {
                return readScorecard(card, cardPath, m_template, s);
            });
    }

    Status readMeetings(const QJsonValue& value)
    {
        return readList(value, QStringLiteral("meetings"), m_document.meetings,
                        [this](const QJsonObject& object, const QString& path, int, Meeting& m) {
                            return readMeeting(object, path, m);
                        });
    }

    Status readMeeting(const QJsonObject& object, const QString& path, Meeting& m)
    {
        FieldReader fields(object, path);
        fields.refuseUnknownKeys(keyList({"id", "title", "date", "status", "attendees", "agenda"}));
        fields.take("id", readWhole, m.id);
        fields.text("title", m.title);
        fields.date("date", m.date);
        fields.choice("status", meetingStatusFromKey, keyList({"planned", "in-progress", "closed"}),
                      m.status);
        fields.textList("attendees", m.attendees);
        if (!fields.ok())
            return fields.status();
        return readList(fields.value("agenda"), fields.pathOf("agenda"), m.agenda,
                        [this](const QJsonObject& object, const QString& itemPath, int index,
                               AgendaItem& item) {
                            item.position = index;
                            return readAgendaItem(object, itemPath, item);
                        });
    }

    Status readAgendaItem(const QJsonObject& object, const QString& path, AgendaItem& item)
    {
        FieldReader fields(object, path);
        fields.refuseUnknownKeys(keyList({"project", "decision", "conditions", "notes", "votes"}));
        fields.require("project");
        if (fields.take("project", readWhole, item.projectId) &&
            !m_projectIds.contains(item.projectId)) {
            fields.fail(Error::at(fields.pathOf("project"),
                                  PortfolioJsonText::tr("%1: no project in the file has the id "
                                                        "%2.")
                                      .arg(fields.pathOf("project"))
                                      .arg(item.projectId)));
        }
        fields.choice("decision", decisionFromKey,
                      keyList({"approve", "decline", "defer", "more-diligence", "\"\""}),
                      item.decision);
        fields.text("conditions", item.conditions);
        fields.text("notes", item.notes);
        QJsonObject votes;
        if (fields.take("votes", json::readObject, votes)) {
            FieldReader voteFields(votes, fields.pathOf("votes"));
            for (auto it = votes.constBegin(); it != votes.constEnd() && voteFields.ok(); ++it) {
                Vote vote = Vote::Abstain;
                voteFields.choice(it.key(), voteFromKey, keyList({"yes", "no", "abstain"}), vote);
                if (voteFields.ok())
                    item.votes.insert(it.key(), vote);
            }
            fields.check(voteFields.status());
        }
        return fields.status();
    }

    QList<Segment> m_segments; // the database's, then the file's new ones
    const Template& m_template;
    PortfolioDocument m_document;
    QHash<qint64, int> m_projectIds; // file id → index in projects
};

Status checkFormatAndVersion(const QJsonObject& root)
{
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != portfoliojson::formatName()) {
        return Error::at(QStringLiteral("format"),
                         PortfolioJsonText::tr("format must be \"%1\"; got %2. This is not a "
                                               "Tollgate portfolio file.")
                             .arg(portfoliojson::formatName(), json::describe(format)));
    }
    const QJsonValue versionValue = root.value(QLatin1String("version"));
    Result<int> version = json::readInteger(versionValue, QStringLiteral("version"));
    if (!version)
        return version.error();
    if (*version > kPortfolioJsonVersion) {
        return Error::at(QStringLiteral("version"),
                         PortfolioJsonText::tr("version %1 is newer than this Tollgate reads "
                                               "(%2); update Tollgate to import this file.")
                             .arg(*version)
                             .arg(kPortfolioJsonVersion));
    }
    if (*version < 1) {
        return Error::at(QStringLiteral("version"),
                         PortfolioJsonText::tr("version must be 1 or more; got %1.").arg(*version));
    }
    return {};
}

} // namespace

Result<PortfolioDocument> readPortfolioJson(const QByteArray& json,
                                            const QList<Segment>& knownSegments, const Template& t)
{
    Result<QJsonObject> root = json::parseObject(json);
    if (!root)
        return root.error();
    // Before the unknown keys: a newer file is named as newer, not as one with strange keys.
    if (Status s = checkFormatAndVersion(*root); !s)
        return s.error();
    if (Status s = json::refuseUnknownKeys(
            *root, keyList({"format", "version", "segments", "projects", "meetings"}), QString());
        !s)
        return s.error();
    return DocumentReader(knownSegments, t).read(*root);
}

} // namespace tollgate
