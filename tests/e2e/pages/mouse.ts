import { expect, type Locator } from '@playwright/test';

/** Clicks as a person does: the mouse pressed at the centre of where the control is drawn, not a DOM event. */
export async function clickAt(control: Locator): Promise<void> {
  await expect(control).toBeVisible();
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  if (!box) throw new Error('The control has no box on screen');
  await control.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
