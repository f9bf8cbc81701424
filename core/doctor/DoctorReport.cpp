#include "DoctorReport.h"

#include <QJsonArray>

namespace orglens::doctor {

QString stepStatusName(StepStatus status)
{
    switch (status) {
    case StepStatus::Pass:
        return QStringLiteral("pass");
    case StepStatus::Warn:
        return QStringLiteral("warn");
    case StepStatus::Fail:
        return QStringLiteral("fail");
    case StepStatus::NotChecked:
        return QStringLiteral("not_checked");
    }
    Q_UNREACHABLE();
    return {};
}

bool DoctorReport::critical() const
{
    return std::any_of(steps.begin(), steps.end(),
                       [](const DoctorStep &step) { return step.critical && step.status == StepStatus::Fail; });
}

bool DoctorReport::anyFailed() const
{
    return std::any_of(steps.begin(), steps.end(),
                       [](const DoctorStep &step) { return step.status == StepStatus::Fail; });
}

const DoctorStep *DoctorReport::step(const QString &id) const
{
    for (const DoctorStep &each : steps) {
        if (each.id == id)
            return &each;
    }
    return nullptr;
}

QJsonObject DoctorReport::toJson() const
{
    QJsonArray stepsJson;
    for (const DoctorStep &each : steps)
        stepsJson.append(QJsonObject{{QStringLiteral("id"), each.id},
                                     {QStringLiteral("status"), stepStatusName(each.status)},
                                     {QStringLiteral("title"), each.title},
                                     {QStringLiteral("evidence"), QJsonArray::fromStringList(each.evidence)},
                                     {QStringLiteral("fix"), each.fix},
                                     {QStringLiteral("critical"), each.critical}});
    QJsonArray probesJson;
    for (const ProbeOutcome &probe : probes)
        probesJson.append(QJsonObject{{QStringLiteral("id"), probe.id},
                                      {QStringLiteral("ran"), probe.ran},
                                      {QStringLiteral("result"), probe.result},
                                      {QStringLiteral("evidence"), QJsonArray::fromStringList(probe.evidence)}});
    return {{QStringLiteral("tenant"), tenant},
            {QStringLiteral("user"), userId},
            {QStringLiteral("steps"), stepsJson},
            {QStringLiteral("probes"), probesJson},
            {QStringLiteral("critical"), critical()}};
}

} // namespace orglens::doctor
