<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>wsdash::ChartPanel</name>
    <message numerus="yes">
        <source>Other (%Ln pools)</source>
        <translation>
            <numerusform>Other (%Ln pool)</numerusform>
            <numerusform>Other (%Ln pools)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %Ln pool(s), largest first.</source>
        <translation>
            <numerusform>The only pool.</numerusform>
            <numerusform>All %Ln pools, largest first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid value(s) left out.</source>
        <translation>
            <numerusform>%Ln invalid value left out.</numerusform>
            <numerusform>%Ln invalid values left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::DashboardController</name>
    <message numerus="yes">
        <source>None of the %n selected desktop pool(s) has any desktops.</source>
        <translation>
            <numerusform>The selected desktop pool has no desktops.</numerusform>
            <numerusform>None of the %n selected desktop pools has any desktops.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::DesktopsView</name>
    <message numerus="yes">
        <source>%n desktop(s) are listed; the statistics did not report this count.</source>
        <translation>
            <numerusform>%n desktop is listed; the statistics did not report this count.</numerusform>
            <numerusform>%n desktops are listed; the statistics did not report this count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n page(s) read.</source>
        <translation>
            <numerusform>Done: %n page read.</numerusform>
            <numerusform>Done: %n pages read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::Diagnosis</name>
    <message numerus="yes">
        <source>Workspace answered: %n desktop(s) in project %1.</source>
        <translation>
            <numerusform>Workspace answered: %n desktop in project %1.</numerusform>
            <numerusform>Workspace answered: %n desktops in project %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::DonutChart</name>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::ErrorBanner</name>
    <message numerus="yes">
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>Tried %n time.</numerusform>
            <numerusform>Tried %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::FilterPanel</name>
    <message numerus="yes">
        <source>%n pool(s) selected</source>
        <translation>
            <numerusform>%n pool selected</numerusform>
            <numerusform>%n pools selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pool(s) in the project</source>
        <translation>
            <numerusform>%Ln pool in the project</numerusform>
            <numerusform>%Ln pools in the project</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::FreshnessBar</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected pool(s)</source>
        <translation>
            <numerusform>%n selected pool</numerusform>
            <numerusform>%n selected pools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::KpiPanel</name>
    <message numerus="yes">
        <source>%n selected pool(s)</source>
        <translation>
            <numerusform>%n selected pool</numerusform>
            <numerusform>%n selected pools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::PoolTableModel</name>
    <message numerus="yes">
        <source>All %Ln pool(s)</source>
        <translation>
            <numerusform>The only pool</numerusform>
            <numerusform>All %Ln pools</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not summed: %n pool(s) sent an invalid value of this count.</source>
        <translation>
            <numerusform>Not summed: %n pool sent an invalid value of this count.</numerusform>
            <numerusform>Not summed: %n pools sent an invalid value of this count.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::PoolTablePanel</name>
    <message numerus="yes">
        <source>%Ln pool(s)</source>
        <translation>
            <numerusform>%Ln pool</numerusform>
            <numerusform>%Ln pools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::ProfilesDialog</name>
    <message numerus="yes">
        <source>%n profile(s) found in %1; showing “%2”.</source>
        <translation>
            <numerusform>%n profile found in %1; showing “%2”.</numerusform>
            <numerusform>%n profiles found in %1; showing “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::StatusFeedback</name>
    <message numerus="yes">
        <source>Copied %n row(s) to the clipboard</source>
        <translation>
            <numerusform>Copied %n row to the clipboard</numerusform>
            <numerusform>Copied %n rows to the clipboard</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::TrendView</name>
    <message numerus="yes">
        <source>%n point(s), %1</source>
        <translation>
            <numerusform>%n point, %1</numerusform>
            <numerusform>%n points, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::WarningBanner</name>
    <message numerus="yes">
        <source>…and %n more problem(s); Copy details has them all.</source>
        <translation>
            <numerusform>…and %n more problem; Copy details has them all.</numerusform>
            <numerusform>…and %n more problems; Copy details has them all.</numerusform>
        </translation>
    </message>
</context>
</TS>
