// The project table model: filtering and sorting on the column store, checked against plain
// loops over the same summaries, and QAbstractItemModelTester on every change.

#include "GuiTestSupport.h"
#include "models/ProjectTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tollgate;

class TestProjectTableModel : public QObject
{
    Q_OBJECT

private:
    // 300 projects over three segments with every stage, verdict and analyst in a fixed pattern.
    static QList<ProjectSummary> fixture()
    {
        const QStringList segments{QStringLiteral("sensors"), QStringLiteral("materials"),
                                   QStringLiteral("eda-ip")};
        const QStringList analysts{QStringLiteral("陈思远"), QStringLiteral("林晓"),
                                   QStringLiteral("Zhou")};
        QList<ProjectSummary> list;
        for (int i = 1; i <= 300; ++i) {
            std::optional<double> m, c;
            if (i % 7 != 0) {
                m = (i * 37) % 101;
                c = (i * 53) % 101;
            }
            ProjectSummary s = test::summary(i, QStringLiteral("项目%1 Project %1").arg(i),
                                             segments.at(i % 3), m, c);
            s.stage = static_cast<Stage>(i % 7);
            s.verdict = static_cast<Verdict>(i % 5);
            s.leadAnalyst = analysts.at(i % 3);
            s.city = i % 2 ? QStringLiteral("深圳") : QStringLiteral("Shanghai");
            s.tags = {i % 4 ? QStringLiteral("MEMS") : QStringLiteral("tactile")};
            s.description = QStringLiteral("row %1 description").arg(i);
            s.redFlags = QStringList(i % 3, QStringLiteral("export-exposure"));
            s.updated = QDateTime::fromSecsSinceEpoch(1'700'000'000 + i * 3600, Qt::UTC);
            s.archived = i % 50 == 0;
            list.append(s);
        }
        return list;
    }

    static QList<Segment> segments()
    {
        QList<Segment> all = defaultSegments();
        return all;
    }

    // The model over fixture(), as every test starts.
    static void fill(ProjectTableModel& model)
    {
        model.setSegments(segments());
        model.load(fixture());
    }

    static QList<qint64> ids(const ProjectTableModel& model)
    {
        QList<qint64> result;
        for (int row = 0; row < model.rowCount(); ++row)
            result.append(model.idAt(row));
        return result;
    }

private slots:
    void loadsEveryColumn()
    {
        ProjectTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        QCOMPARE(model.columnCount(), 10);
        QCOMPARE(model.rowCount(), 294); // 6 archived rows are hidden
        const int row = model.rowOfId(1);
        QVERIFY(row >= 0);
        QCOMPARE(model.index(row, int(ProjectColumn::Name)).data().toString(),
                 QStringLiteral("项目1 Project 1"));
        QCOMPARE(model.index(row, int(ProjectColumn::Segment)).data().toString(),
                 QStringLiteral("Materials"));
        QCOMPARE(model.index(row, int(ProjectColumn::Market)).data().toString(),
                 QStringLiteral("37.0"));
        QCOMPARE(model.index(row, int(ProjectColumn::RedFlags)).data().toInt(), 1);
        QCOMPARE(model.index(row, int(ProjectColumn::LeadAnalyst)).data().toString(),
                 QStringLiteral("林晓"));
        QCOMPARE(model.index(row, int(ProjectColumn::Verdict))
                     .data(ProjectTableModel::VerdictKeyRole)
                     .toString(),
                 QStringLiteral("pursue"));
        // Not scored shows a dash, not 0.
        QCOMPARE(model.index(model.rowOfId(7), int(ProjectColumn::Composite)).data().toString(),
                 QStringLiteral("—"));
    }

    void sortingByCompositeOrdersIt()
    {
        ProjectTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        model.sort(int(ProjectColumn::Composite), Qt::DescendingOrder);
        double previous = 1e9;
        bool seenUnscored = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QVariant v = model.index(row, int(ProjectColumn::Composite))
                                   .data(ProjectTableModel::SortValueRole);
            if (!v.isValid()) {
                seenUnscored = true; // not scored comes last when descending
                continue;
            }
            QVERIFY2(!seenUnscored, "a scored project after an unscored one");
            QVERIFY(v.toDouble() <= previous);
            previous = v.toDouble();
        }
        QVERIFY(seenUnscored);
        model.sort(int(ProjectColumn::Composite), Qt::AscendingOrder);
        QVERIFY(!model.index(0, int(ProjectColumn::Composite))
                     .data(ProjectTableModel::SortValueRole)
                     .isValid());
    }

    void sortKeepsSelectionOnItsProject()
    {
        ProjectTableModel model;
        fill(model);
        const QPersistentModelIndex kept = model.index(model.rowOfId(42), 0);
        model.sort(int(ProjectColumn::Market), Qt::AscendingOrder);
        QVERIFY(kept.isValid());
        QCOMPARE(model.idAt(kept.row()), qint64(42));
    }

    void searchNarrowsTheTable()
    {
        ProjectTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        ProjectQuery query;
        const int all = model.rowCount();
        for (const QString& typed : {QStringLiteral("p"), QStringLiteral("pr"),
                                     QStringLiteral("project 1"), QStringLiteral("project 12")}) {
            query.text = typed;
            const int before = model.rowCount();
            model.setQuery(query);
            QVERIFY(model.rowCount() <= before);
        }
        // "project 12" matches 12, 120..129 and every name holding "12" — and "project" too.
        const QList<qint64> shown = ids(model);
        for (qint64 id : shown)
            QVERIFY(QString::number(id).contains(QStringLiteral("12")) ||
                    QStringLiteral("项目%1 Project %1")
                        .arg(id)
                        .toLower()
                        .contains(QStringLiteral("12")));
        QVERIFY(shown.contains(12));
        QVERIFY(shown.contains(212));
        QVERIFY(model.rowCount() < all);
        // City, tags and description are searched too, in any case.
        query.text = QStringLiteral("深圳 MEMS");
        model.setQuery(query);
        for (qint64 id : ids(model))
            QVERIFY(id % 2 == 1); // 深圳 is every odd row, and all of those are tagged MEMS
        QCOMPARE(model.rowCount(), 150);
        query.text = QStringLiteral("深圳 TACTILE"); // tactile rows are all in Shanghai
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 0);
        query.text = QStringLiteral("row 299 description");
        model.setQuery(query);
        QCOMPARE(ids(model), QList<qint64>{299});
        // Deleting text widens again (a full scan, not the narrowed rows).
        query.text.clear();
        model.setQuery(query);
        QCOMPARE(model.rowCount(), all);
    }

    void narrowedSearchEqualsAFullScan()
    {
        ProjectTableModel typed, fresh;
        for (auto* m : {&typed, &fresh}) {
            fill(*m);
        }
        ProjectQuery query;
        for (const QString& text :
             {QStringLiteral("s"), QStringLiteral("sh"), QStringLiteral("shanghai"),
              QStringLiteral("shanghai m"), QStringLiteral("shanghai mems")}) {
            query.text = text;
            typed.setQuery(query);
        }
        fresh.setQuery(query);
        QCOMPARE(ids(typed), ids(fresh));
        QVERIFY(typed.rowCount() > 0);
    }

    void filtersBySegmentStageVerdictAnalyst()
    {
        ProjectTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSegments(segments());
        const QList<ProjectSummary> all = fixture();
        model.load(all);
        ProjectQuery query;
        query.segmentKey = QStringLiteral("eda-ip");
        query.stage = Stage::Diligence;
        query.verdict = Verdict::CostGap;
        query.analyst = QStringLiteral("陈思远");
        model.setQuery(query);
        QList<qint64> expected;
        for (const ProjectSummary& s : all)
            if (s.segmentKey == query.segmentKey && s.stage == *query.stage &&
                s.verdict == *query.verdict && s.leadAnalyst == query.analyst && !s.archived)
                expected.append(s.id);
        QList<qint64> shown = ids(model);
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, expected);
        query = ProjectQuery();
        query.includeArchived = true;
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 300);
        query.analyst = QStringLiteral("nobody");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 0);
    }

    void segmentCountsAndAnalysts()
    {
        ProjectTableModel model;
        fill(model);
        const QHash<QString, int> counts = model.columns().segmentCounts(false);
        QCOMPARE(counts.value(QString()), 294);
        QCOMPARE(counts.value(QStringLiteral("sensors")) +
                     counts.value(QStringLiteral("materials")) +
                     counts.value(QStringLiteral("eda-ip")),
                 294);
        QCOMPARE(counts.value(QStringLiteral("optical-computing")), 0);
        QCOMPARE(model.columns().analysts().size(), 3);
    }

    void upsertAndRemoveFollowTheQuery()
    {
        ProjectTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fill(model);
        ProjectQuery query;
        query.segmentKey = QStringLiteral("sensors");
        model.setQuery(query);
        model.sort(int(ProjectColumn::Composite), Qt::DescendingOrder);
        const int before = model.rowCount();
        QSignalSpy changed(&model, &ProjectTableModel::contentsChanged);

        // A new top project in the segment appears first.
        model.upsertProject(
            test::summary(1000, QStringLiteral("新 Top"), QStringLiteral("sensors"), 100.0, 100.0));
        QCOMPARE(model.rowCount(), before + 1);
        QCOMPARE(model.idAt(0), qint64(1000));
        // Moving it to another segment takes it out of this filter.
        model.upsertProject(test::summary(1000, QStringLiteral("新 Top"),
                                          QStringLiteral("materials"), 100.0, 100.0));
        QCOMPARE(model.rowCount(), before);
        QCOMPARE(model.rowOfId(1000), -1);
        // A changed score re-sorts without changing the row count.
        model.upsertProject(test::summary(3, QStringLiteral("项目3 Project 3"),
                                          QStringLiteral("sensors"), 100.0, 99.0));
        QCOMPARE(model.idAt(0), qint64(3));
        model.removeProject(3);
        QCOMPARE(model.rowOfId(3), -1);
        QCOMPARE(model.columns().indexOfId(3), -1);
        QCOMPARE(model.rowCount(), before - 1);
        // The store stays consistent after the swap-with-last removal.
        for (int row = 0; row < model.rowCount(); ++row) {
            const qint64 id = model.idAt(row);
            QCOMPARE(model.columns().id(model.columns().indexOfId(id)), id);
        }
        QCOMPARE(changed.count(), 4);
    }
};

QTEST_MAIN(TestProjectTableModel)
#include "TestProjectTableModel.moc"
