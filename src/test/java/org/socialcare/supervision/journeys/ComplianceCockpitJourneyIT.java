package org.socialcare.supervision.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialcare.supervision.journeys.pages.Cockpit;
import org.socialcare.supervision.journeys.pages.ComplianceView;

/**
 * A service manager watches supervision compliance in Cockpit (issue 7; seed 002: "visible by the
 * Heads of Service for their Service"): the people of their service with a RAG status each, the
 * 12-month chart, and one person's file with the processes running about them. An analyst, who
 * uses Cockpit too, is shown neither the menu entry nor the data. Demo organisation: Sam Mills
 * manages Safeguarding (Priya Shah's team); Mia Patel works in Children in Care.
 */
@BrowserJourney
class ComplianceCockpitJourneyIT {

  @Test
  void aServiceManagerSeesTheirServicesComplianceAndOpensAPersonsFile(Browser browser) throws Exception {
    new Cockpit(browser).logIn("sam.mills");
    ComplianceView compliance = ComplianceView.fromMenu(browser);

    assertThat(compliance.people()).contains("Tom Mason", "Priya Shah", "Noah Green").doesNotContain("Mia Patel");
    assertThat(compliance.ragOf("Priya Shah")).isIn("RED", "AMBER", "GREEN");
    assertThat(compliance.chartMonths()).isEqualTo(12);
    browser.screenshot("compliance-1-service");

    assertThat(compliance.openPerson("Priya Shah")).contains("supervision-contract");
    browser.screenshot("compliance-2-person");
  }

  @Test
  void anAnalystInCockpitIsShownNoCompliance(Browser browser) throws Exception {
    new Cockpit(browser).logIn("alex.price");

    assertThat(ComplianceView.refusalAt(browser)).contains("Only team managers");
    assertThat(browser.isDisplayed(ComplianceView.MENU_ENTRY)).isFalse();
  }
}
