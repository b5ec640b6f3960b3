package dev.billingsim.features;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;
import org.junit.platform.suite.api.SuiteDisplayName;

/**
 * Every feature, {@code @http} ones included, run against a simulator started in this JVM on a free
 * port: seeded through its admin API, called through the official SDK clients. The {@code http}
 * package provides the driver.
 */
@Suite
@SuiteDisplayName("Features over HTTP")
@IncludeEngines("cucumber")
@SelectPackages("dev.billingsim.features")
@ConfigurationParameter(
    key = GLUE_PROPERTY_NAME,
    value =
        "dev.billingsim.features.steps,dev.billingsim.features.support,dev.billingsim.features.http")
@ConfigurationParameter(
    key = PLUGIN_PROPERTY_NAME,
    value =
        "summary,html:target/cucumber-reports/over-http.html,junit:target/cucumber-reports/over-http.xml")
public class RunOverHttpTest {}
