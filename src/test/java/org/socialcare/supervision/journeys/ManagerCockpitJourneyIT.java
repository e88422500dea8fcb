package org.socialcare.supervision.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.socialcare.supervision.PackagedApplication;
import org.socialcare.supervision.journeys.pages.Cockpit;
import org.socialcare.supervision.journeys.pages.Cockpit.ProcessDefinitionView;
import org.socialcare.supervision.journeys.pages.Cockpit.ProcessInstanceView;

/**
 * A manager watches supervision in Cockpit: the processes, the contract process's diagram, the
 * contracts of the people in their line (and nobody else's), and one contract's diagram showing
 * where it waits. Demo organisation: Sam Mills manages the Safeguarding service, where Olivia
 * Bennett's contract waits for Tom Mason's draft; Mia Patel works in Children in Care.
 */
@BrowserJourney
class ManagerCockpitJourneyIT {

  @Test
  void aServiceManagerOpensTheContractsOfTheirServiceAndAContractsDiagram(Browser browser,
      PackagedApplication application) throws Exception {
    for (String elsewhere : new String[] {"mia.patel", "tina.marlow"}) {
      assertThat(application.get("diane.castle", "/engine-rest/process-instance?processDefinitionKey="
          + "supervision-contract&businessKey=" + elsewhere)).as("the director sees " + elsewhere + "'s contract")
          .hasSize(1);
    }

    Cockpit cockpit = new Cockpit(browser).logIn("sam.mills");
    assertThat(cockpit.processes()).contains("Supervision contract", "Ask for an earlier contract review");

    ProcessDefinitionView contracts = cockpit.openProcess("Supervision contract");
    assertThat(contracts.diagramElements()).contains("UserTask_DraftContract", "SubProcess_Signatures",
        "UserTask_SuperviseeSignsContract", "UserTask_SupervisorSignsContract", "ServiceTask_PutContractInForce",
        "UserTask_ReviewContract");
    assertThat(contracts.instanceBusinessKeys())
        .as("contracts of Sam Mills's line only")
        .contains("tom.mason", "olivia.bennett", "isla.ward")
        .doesNotContain("mia.patel", "tina.marlow");
    browser.screenshot("cockpit-1-contracts-of-a-service");

    ProcessInstanceView olivia = contracts.openInstance("olivia.bennett");
    assertThat(olivia.activeActivities()).containsExactly("UserTask_DraftContract");
    browser.screenshot("cockpit-2-contract-waiting-for-its-draft");
  }
}
