jest.setTimeout(30000);

describe('Users', () => {
  beforeAll(async () => {
    await page.goto(`${TEST_ORIGIN}/admin/users/`);
  });

  it('axe', async () => {
    const toggle = await page.$('[aria-label="Select all"]');
    await toggle.click();
    await expect(page).toPassAxeTests();
  });
});
