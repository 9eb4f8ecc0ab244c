#pragma once

#include "core/api/apierror.h"
#include "core/api/statistics.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace wsdash {

// One project of the all-projects overview: a saved profile and what its project answered.
struct OverviewRow
{
    Q_DECLARE_TR_FUNCTIONS(wsdash::OverviewRow)

public:
    enum class State
    {
        Waiting, // not started yet (at most a few are fetched at a time)
        Loading,
        Ok,
        Failed, // the call failed (error) or the profile could not be used (problem)
    };

    QString profileName;
    QString location; // region, or the custom endpoint's host
    QString projectId;
    State state = State::Waiting;
    StateCounts totals; // State::Ok
    ApiError error;     // State::Failed after a call
    QString problem;    // State::Failed before any call: why the profile could not be used
    QString requestId;  // of the last answer, either way
    QDateTime receivedAt;
    QDateTime refusedBefore; // State::Failed without a call: these credentials were refused then

    // "APIG.0301: Incorrect IAM authentication information (request ID …)", or the problem.
    QString failureText() const;
};

} // namespace wsdash
