package dev.billingsim.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeTags;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every feature, run against the domain in this JVM. There is no HTTP front door here, so the
 * {@code @http} scenarios (gateway, fault rules) are left out at discovery. The back end is chosen
 * by the glue: the {@code inprocess} package provides the driver.
 */
@Suite
@SuiteDisplayName("Features in process")
@IncludeEngines("cucumber")
@SelectPackages("dev.billingsim.features")
@ConfigurationParameter(
    key = GLUE_PROPERTY_NAME,
    value =
        "dev.billingsim.features.steps,dev.billingsim.features.support,dev.billingsim.features.inprocess")
@ExcludeTags("http")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value =
        "summary,html:target/cucumber-reports/in-process.html,junit:target/cucumber-reports/in-process.xml")
public class RunInProcessTest {}
